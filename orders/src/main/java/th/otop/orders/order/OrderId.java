package th.otop.orders.order;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OrderId(long value) {}
