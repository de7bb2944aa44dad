package th.otop.orders.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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

    /** The storefront's public address ({@code OTOP_SITE_URL}), for links in mails; blank when not configured. */
    private final String siteUrl;

    OrderMails(
            Notifications notifications,
            Producers producers,
            OrderRows rows,
            @Value("${otop.site.url:}") String siteUrl) {
        this.notifications = notifications;
        this.producers = producers;
        this.rows = rows;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    void placed(Order order) {
        String lines = order.lines().stream()
                .map(l -> "- " + l.title(THAI) + " x " + l.quantity() + " = " + Baht.format(l.lineSatang()) + " บาท")
                .reduce("", (a, b) -> a + b + "\n");
        String body = lines + "ค่าส่ง / Shipping: " + Baht.format(order.shippingSatang()) + " บาท\n" + "รวม / Total: "
                + Baht.format(order.totalSatang()) + " บาท\n";
        notifications.enqueue(
                rows.buyerContact(order.checkoutId()),
                "ได้รับคำสั่งซื้อ " + forBuyer(order, THAI) + " แล้ว / We received order "
                        + forBuyer(order, Locale.ENGLISH),
                body);
        notifications.enqueue(
                producerEmail(order),
                "คำสั่งซื้อใหม่ " + order.number() + " / New order " + order.number(),
                body + "ส่งถึง / Ship to: " + order.shipTo().recipientName() + ", "
                        + order.shipTo().postcode());
    }

    /** @param survey the satisfaction survey the change invites the buyer to (on delivery), or null */
    void changed(Order order, OrderStatus to, Actor actor, long refundSatang, @Nullable String survey) {
        String refund = refundSatang == 0 ? "" : "\nคืนเงิน / Refunded: " + Baht.format(refundSatang) + " บาท";
        String total = refund + "\nรวม / Total: " + Baht.format(order.totalSatang()) + " บาท\n";
        String toBuyer = "คำสั่งซื้อ " + forBuyer(order, THAI) + ": " + to.label(THAI) + " / Order "
                + forBuyer(order, Locale.ENGLISH) + ": " + to.label(Locale.ENGLISH);
        String body = toBuyer + total;
        notifications.enqueue(
                rows.buyerContact(order.checkoutId()), toBuyer, survey == null ? body : body + invitation(survey));
        if (!actor.isProducer()) {
            String toProducer = "คำสั่งซื้อ " + order.number() + ": " + to.label(THAI) + " / Order " + order.number()
                    + ": " + to.label(Locale.ENGLISH);
            notifications.enqueue(producerEmail(order), toProducer, toProducer + total);
        }
    }

    /**
     * The order as its buyer knows it: the one number of everything they placed together, and which shop's part this
     * is when several shops take part.
     */
    private String forBuyer(Order order, Locale locale) {
        OrderNumber n = order.number();
        if (n.parts() == 1) {
            return n.checkout();
        }
        String shop =
                producers.find(order.producerId()).map(p -> p.name(locale)).orElse("");
        return "th".equals(locale.getLanguage())
                ? n.checkout() + " (ส่วนที่ " + n.part() + " จาก " + n.parts() + " · " + shop + ")"
                : n.checkout() + " (part " + n.part() + " of " + n.parts() + " · " + shop + ")";
    }

    private String invitation(String survey) {
        String where = siteUrl.isBlank() ? "หน้าคำสั่งซื้อของคุณ / your order's page" : siteUrl + "/surveys/" + survey;
        return "\nพอใจกับคำสั่งซื้อนี้แค่ไหน ตอบหนึ่งคำถามได้ที่ / How satisfied are you? One question at: " + where
                + "\n";
    }

    private String producerEmail(Order order) {
        return producers.find(order.producerId()).map(Producer::email).orElse(null);
    }
}
