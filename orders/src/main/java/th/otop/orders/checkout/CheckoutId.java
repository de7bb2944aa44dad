package th.otop.orders.checkout;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record CheckoutId(long value) {}
