package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What arrived of one line: {@code goodQuantity} in good order and {@code damagedQuantity} damaged; the rest of the
 * ordered quantity is missing. A note is required when anything is damaged or missing.
 */
@Serdeable
public record Receipt(long lineId, int goodQuantity, int damagedQuantity, @Nullable String note) {}
