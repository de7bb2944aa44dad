package th.otop.orders.order;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One line of an order's history; {@code from} is null for the placing of the order. */
@Serdeable
public record OrderEvent(String action, OrderStatus from, OrderStatus to, String actor, String note, Instant at) {}
