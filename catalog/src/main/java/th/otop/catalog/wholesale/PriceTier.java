package th.otop.catalog.wholesale;

import io.micronaut.serde.annotation.Serdeable;

/** From {@code minQuantity} units up, each unit costs {@code unitPriceSatang}. */
@Serdeable
public record PriceTier(int minQuantity, long unitPriceSatang) {}
