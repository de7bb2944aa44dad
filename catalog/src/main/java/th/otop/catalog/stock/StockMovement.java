package th.otop.catalog.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record StockMovement(int delta, MovementReason reason, @Nullable String reference, Instant at) {}
