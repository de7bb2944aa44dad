package th.otop.sellerportal.fulfilment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.order.IllegalTransitionException;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderAction;
import th.otop.orders.order.OrderId;
import th.otop.orders.order.OrderNotFoundException;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;

/**
 * The signed-in producer's orders by the opaque id in their URL. The id is looked up together with the producer, so
 * another producer's order is {@link OrderNotFoundException}, the same as one that does not exist.
 */
@Singleton
class ProducerOrders {
    private final JdbcOperations jdbc;
    private final Orders orders;

    ProducerOrders(JdbcOperations jdbc, Orders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    @Transactional
    OrderId idOf(ProducerId producer, String publicId) {
        Long id = jdbc.prepareStatement("SELECT id FROM orders WHERE public_id=? AND producer_id=?", ps -> {
            ps.setString(1, publicId);
            ps.setLong(2, producer.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        if (id == null) {
            throw new OrderNotFoundException(publicId);
        }
        return new OrderId(id);
    }

    Order owned(ProducerId producer, String publicId) {
        return orders.forProducer(producer, idOf(producer, publicId));
    }

    /** What needs the producer first (new orders), then what is on its way, then the rest; newest first in each. */
    List<Order> inWorkOrder(ProducerId producer, OrderStatus status) {
        return orders.listForProducer(producer, status).stream()
                .sorted(Comparator.comparingInt(ProducerOrders::urgency)
                        .thenComparing(Order::createdAt, Comparator.reverseOrder()))
                .toList();
    }

    /** A new order waits for the producer: paid, or cash on delivery / a PromptPay transfer to check. */
    static boolean isNew(Order order) {
        return order.status() == OrderStatus.PAID
                || (order.status() == OrderStatus.PENDING_PAYMENT && order.paymentMethod() != PaymentMethod.STRIPE);
    }

    static int urgency(Order order) {
        if (isNew(order)) {
            return 0;
        }
        return switch (order.status()) {
            case ACCEPTED, PACKED -> 1;
            case SHIPPED -> 2;
            case PENDING_PAYMENT -> 3;
            default -> 4;
        };
    }

    /** The producer's actions the order's state allows now, as the order itself decides. */
    static Set<OrderAction> allowed(Order order) {
        Set<OrderAction> allowed = EnumSet.noneOf(OrderAction.class);
        for (OrderAction action : EnumSet.of(
                OrderAction.ACCEPT,
                OrderAction.PACK,
                OrderAction.SHIP,
                OrderAction.DELIVER,
                OrderAction.CANCEL_BY_PRODUCER,
                OrderAction.REFUND,
                OrderAction.CONFIRM_PAYMENT)) {
            try {
                order.next(action);
                allowed.add(action);
            } catch (IllegalTransitionException e) {
                // not now
            }
        }
        if (order.paymentMethod() != PaymentMethod.PROMPTPAY) {
            allowed.remove(OrderAction.CONFIRM_PAYMENT);
        }
        return allowed;
    }
}
