package th.otop.orders.checkout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;

/** One "place order" of a buyer: the totals of all its orders, one per producer. */
@Serdeable
public record Checkout(
        CheckoutId id,
        String publicId,
        PaymentMethod paymentMethod,
        PaymentStatus paymentStatus,
        @Nullable PaymentFlag paymentFlag,
        long itemsSatang,
        long shippingSatang,
        long totalSatang,
        Instant createdAt,
        List<Order> orders) {}
