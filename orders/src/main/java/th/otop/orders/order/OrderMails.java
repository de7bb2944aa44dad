package th.otop.orders.order;

import jakarta.inject.Singleton;
import java.util.Locale;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.orders.Baht;
import th.otop.orders.notification.Notifications;

/**
 * The mails an order sends, in Thai then English. The buyer hears of every change; the producer of every change they
 * did not make themselves.
 */
@Singleton
class OrderMails {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final Notifications notifications;
    private final Producers producers;
    private final OrderRows rows;

    OrderMails(Notifications notifications, Producers producers, OrderRows rows) {
        this.notifications = notifications;
        this.producers = producers;
        this.rows = rows;
    }

    void placed(Order order) {
        String lines = order.lines().stream()
                .map(l -> "- " + l.title(THAI) + " x " + l.quantity() + " = " + Baht.format(l.lineSatang()) + " บาท")
                .reduce("", (a, b) -> a + b + "\n");
        String body = lines + "ค่าส่ง / Shipping: " + Baht.format(order.shippingSatang()) + " บาท\n" + "รวม / Total: "
                + Baht.format(order.totalSatang()) + " บาท\n";
        notifications.enqueue(
                rows.buyerEmail(order.checkoutId()),
                "ได้รับคำสั่งซื้อ " + order.publicId() + " แล้ว / We received order " + order.publicId(),
                body);
        notifications.enqueue(
                producerEmail(order),
                "คำสั่งซื้อใหม่ " + order.publicId() + " / New order " + order.publicId(),
                body + "ส่งถึง / Ship to: " + order.shipTo().recipientName() + ", "
                        + order.shipTo().postcode());
    }

    void changed(Order order, OrderStatus to, Actor actor) {
        String subject = "คำสั่งซื้อ " + order.publicId() + ": " + to.label(THAI) + " / Order " + order.publicId()
                + ": " + to.label(Locale.ENGLISH);
        String body = subject + "\nรวม / Total: " + Baht.format(order.totalSatang()) + " บาท\n";
        notifications.enqueue(rows.buyerEmail(order.checkoutId()), subject, body);
        if (!actor.isProducer()) {
            notifications.enqueue(producerEmail(order), subject, body);
        }
    }

    private String producerEmail(Order order) {
        return producers.find(order.producerId()).map(Producer::email).orElse(null);
    }
}
