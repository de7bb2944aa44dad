package th.otop.catalog.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record AuditEntry(long actorAccount, String action, String subject, @Nullable String detail, Instant at) {}
