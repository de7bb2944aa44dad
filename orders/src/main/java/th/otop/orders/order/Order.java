package th.otop.orders.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.payment.PaymentMethod;

/**
 * One producer's part of a checkout. Its state machine is {@link #next}: the only place that says which action may
 * follow which state.
 *
 * @param publicId the part's own key in addresses (links stay as they were); people see {@link #number} instead
 */
@Serdeable
public record Order(
        OrderId id,
        String publicId,
        OrderNumber number,
        long checkoutId,
        ProducerId producerId,
        OrderStatus status,
        PaymentMethod paymentMethod,
        long itemsSatang,
        long shippingSatang,
        long totalSatang,
        long feeSatang,
        long refundedSatang,
        @Nullable Instant paidAt,
        @Nullable Instant expiresAt,
        @Nullable Carrier carrier,
        @Nullable String trackingNumber,
        @Nullable String cancelReason,
        ShippingAddress shipTo,
        Instant createdAt,
        List<OrderLine> lines) {

    private static final Set<OrderStatus> BEFORE_SHIPPING =
            EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.ACCEPTED, OrderStatus.PACKED);
    private static final Set<OrderStatus> AFTER_SHIPPING =
            EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    public boolean isPaid() {
        return paidAt != null;
    }

    public boolean isCashOnDelivery() {
        return paymentMethod == PaymentMethod.CASH_ON_DELIVERY;
    }

    /**
     * The state the action leads to. Cash on delivery skips {@code PAID}: the producer accepts an unpaid order, and the
     * money arrives with the delivery; such an order does not expire either, since nothing is awaited from the buyer.
     *
     * @throws IllegalTransitionException when the current state does not allow the action
     */
    public OrderStatus next(OrderAction action) {
        OrderStatus to =
                switch (action) {
                    case CONFIRM_PAYMENT -> is(OrderStatus.PENDING_PAYMENT) && !isCashOnDelivery()
                            ? OrderStatus.PAID
                            : null;
                    case ACCEPT -> is(OrderStatus.PAID) || (is(OrderStatus.PENDING_PAYMENT) && isCashOnDelivery())
                            ? OrderStatus.ACCEPTED
                            : null;
                    case PACK -> is(OrderStatus.ACCEPTED) ? OrderStatus.PACKED : null;
                    case SHIP -> is(OrderStatus.PACKED) ? OrderStatus.SHIPPED : null;
                    case DELIVER -> is(OrderStatus.SHIPPED) ? OrderStatus.DELIVERED : null;
                    case COMPLETE -> is(OrderStatus.DELIVERED) ? OrderStatus.COMPLETED : null;
                    case CANCEL_BY_BUYER -> is(OrderStatus.PENDING_PAYMENT) || is(OrderStatus.PAID)
                            ? OrderStatus.CANCELLED
                            : null;
                    case CANCEL_BY_PRODUCER -> BEFORE_SHIPPING.contains(status) ? OrderStatus.CANCELLED : null;
                    case EXPIRE -> is(OrderStatus.PENDING_PAYMENT) && !isCashOnDelivery()
                            ? OrderStatus.CANCELLED
                            : null;
                        // a partial refund leaves the order where it was (OrderTransitions), so more may follow
                    case REFUND -> isRefundable() ? OrderStatus.REFUNDED : null;
                };
        if (to == null) {
            throw new IllegalTransitionException(status, action);
        }
        return to;
    }

    /** Whether its state allows a refund now (after shipping, with money left to return). */
    public boolean isRefundable() {
        return AFTER_SHIPPING.contains(status) && refundableSatang() > 0;
    }

    /** What may still be refunded. */
    public long refundableSatang() {
        return isPaid() ? totalSatang - refundedSatang : 0;
    }

    /** The shipping charge not refunded yet: what was refunded beyond the refunded units went to the shipping. */
    public long shippingRefundableSatang() {
        long unitsRefunded = lines.stream()
                .mapToLong(l -> l.unitPriceSatang() * l.refundedQuantity())
                .sum();
        return isPaid() ? Math.max(0, shippingSatang - (refundedSatang - unitsRefunded)) : 0;
    }

    private boolean is(OrderStatus s) {
        return status == s;
    }
}
