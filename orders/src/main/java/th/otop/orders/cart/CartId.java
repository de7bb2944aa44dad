package th.otop.orders.cart;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record CartId(long value) {}
