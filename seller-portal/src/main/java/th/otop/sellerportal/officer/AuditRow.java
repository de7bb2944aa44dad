package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One line of the audit log as the page shows it: who, did what, to what, why, when. */
public record AuditRow(String actor, String action, String subject, @Nullable String detail, Instant at) {}
