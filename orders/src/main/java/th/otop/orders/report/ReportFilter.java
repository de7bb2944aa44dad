package th.otop.orders.report;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import th.otop.catalog.geography.Region;

/** A period [from, to) and optionally the producers' region or province. */
public record ReportFilter(Instant from, Instant to, @Nullable Region region, @Nullable Integer provinceId) {}
