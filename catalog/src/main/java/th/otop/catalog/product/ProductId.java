package th.otop.catalog.product;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ProductId(long value) {}
