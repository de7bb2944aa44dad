package th.otop.catalog.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
/**
 * One change of a product's stock: {@code reference} is the order's or purchase order's number, {@code variantId} the
 * option whose stock moved (null for the product's own stock).
 */
public record StockMovement(
        int delta, MovementReason reason, @Nullable String reference, @Nullable Long variantId, Instant at) {}
