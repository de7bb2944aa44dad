package th.otop.catalog.producer;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ProducerId(long value) {}
