package th.otop.orders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.TestShop;
import th.otop.orders.payment.PaymentMethod;

/** Every state against every action, for a prepaid and a cash-on-delivery order. */
class OrderTest {
    /** The allowed moves of an order paid online, written out independently of {@link Order#next}. */
    private static final Map<OrderStatus, Map<OrderAction, OrderStatus>> PREPAID = Map.of(
            OrderStatus.PENDING_PAYMENT,
                    Map.of(
                            OrderAction.CONFIRM_PAYMENT, OrderStatus.PAID,
                            OrderAction.CANCEL_BY_BUYER, OrderStatus.CANCELLED,
                            OrderAction.CANCEL_BY_PRODUCER, OrderStatus.CANCELLED,
                            OrderAction.EXPIRE, OrderStatus.CANCELLED),
            OrderStatus.PAID,
                    Map.of(
                            OrderAction.ACCEPT, OrderStatus.ACCEPTED,
                            OrderAction.CANCEL_BY_BUYER, OrderStatus.CANCELLED,
                            OrderAction.CANCEL_BY_PRODUCER, OrderStatus.CANCELLED),
            OrderStatus.ACCEPTED,
                    Map.of(OrderAction.PACK, OrderStatus.PACKED, OrderAction.CANCEL_BY_PRODUCER, OrderStatus.CANCELLED),
            OrderStatus.PACKED,
                    Map.of(
                            OrderAction.SHIP,
                            OrderStatus.SHIPPED,
                            OrderAction.CANCEL_BY_PRODUCER,
                            OrderStatus.CANCELLED),
            OrderStatus.SHIPPED,
                    Map.of(OrderAction.DELIVER, OrderStatus.DELIVERED, OrderAction.REFUND, OrderStatus.REFUNDED),
            OrderStatus.DELIVERED,
                    Map.of(OrderAction.COMPLETE, OrderStatus.COMPLETED, OrderAction.REFUND, OrderStatus.REFUNDED),
            OrderStatus.COMPLETED, Map.of(OrderAction.REFUND, OrderStatus.REFUNDED),
            OrderStatus.CANCELLED, Map.of(),
            OrderStatus.REFUNDED, Map.of());

    /** Cash on delivery: accepted unpaid, paid at delivery, never expires, never refunded before the cash came. */
    private static final Map<OrderStatus, Map<OrderAction, OrderStatus>> COD = Map.of(
            OrderStatus.PENDING_PAYMENT,
                    Map.of(
                            OrderAction.ACCEPT, OrderStatus.ACCEPTED,
                            OrderAction.CANCEL_BY_BUYER, OrderStatus.CANCELLED,
                            OrderAction.CANCEL_BY_PRODUCER, OrderStatus.CANCELLED),
            OrderStatus.ACCEPTED,
                    Map.of(OrderAction.PACK, OrderStatus.PACKED, OrderAction.CANCEL_BY_PRODUCER, OrderStatus.CANCELLED),
            OrderStatus.PACKED,
                    Map.of(
                            OrderAction.SHIP,
                            OrderStatus.SHIPPED,
                            OrderAction.CANCEL_BY_PRODUCER,
                            OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, Map.of(OrderAction.DELIVER, OrderStatus.DELIVERED),
            OrderStatus.DELIVERED,
                    Map.of(OrderAction.COMPLETE, OrderStatus.COMPLETED, OrderAction.REFUND, OrderStatus.REFUNDED),
            OrderStatus.COMPLETED, Map.of(OrderAction.REFUND, OrderStatus.REFUNDED),
            OrderStatus.CANCELLED, Map.of(),
            OrderStatus.REFUNDED, Map.of());

    /** States a cash-on-delivery order has been paid in: the courier collected at delivery. */
    private static final Set<OrderStatus> COD_PAID =
            EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.REFUNDED);

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (PaymentMethod method : List.of(PaymentMethod.PROMPTPAY, PaymentMethod.CASH_ON_DELIVERY)) {
            Map<OrderStatus, Map<OrderAction, OrderStatus>> table =
                    method == PaymentMethod.CASH_ON_DELIVERY ? COD : PREPAID;
            for (OrderStatus status : table.keySet()) {
                for (OrderAction action : OrderAction.values()) {
                    pairs.add(Arguments.of(
                            method, status, action, table.get(status).get(action)));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} -> {3}")
    @MethodSource("everyPair")
    void allowedActionsMoveOnAndAllOthersAreRefused(
            PaymentMethod method, OrderStatus status, OrderAction action, OrderStatus expected) {
        Order order = order(method, status);
        if (expected == null) {
            IllegalTransitionException refused =
                    assertThrows(IllegalTransitionException.class, () -> order.next(action));
            assertEquals(status, refused.status());
            assertEquals(action, refused.action());
        } else {
            assertEquals(expected, order.next(action));
        }
    }

    private static Order order(PaymentMethod method, OrderStatus status) {
        boolean paid = method == PaymentMethod.CASH_ON_DELIVERY
                ? COD_PAID.contains(status)
                : status != OrderStatus.PENDING_PAYMENT;
        return new Order(
                new OrderId(1),
                "abcdefghjkmn",
                new OrderNumber("k7m2x9q4w1a8", 1, 1),
                1,
                new ProducerId(1),
                status,
                method,
                10_000,
                4_200,
                14_200,
                500,
                0,
                paid ? Instant.now() : null,
                null,
                null,
                null,
                null,
                TestShop.address(),
                Instant.now(),
                List.of());
    }
}
