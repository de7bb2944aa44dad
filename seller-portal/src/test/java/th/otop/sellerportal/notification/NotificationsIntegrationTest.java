package th.otop.sellerportal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.devstack.RealServices;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/** The badge follows the data: a verification result once, new orders until handled, low stock until restocked. */
@MicronautTest(transactional = false)
class NotificationsIntegrationTest implements RealServices {
    private static final Pattern BADGE = Pattern.compile("id=\"notice-count\"[^>]*>(\\d+)<");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Producers producers;

    @Test
    void newOrdersLowStockAndTheVerificationResultReachTheProducer() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "notices@example.com", "ร้านแจ้งเตือน");
        ProducerId producer = buyers.producerOf("notices@example.com");
        assertEquals(0, badge(shop), "waiting for verification is not news");
        assertTrue(PortalSession.body(shop.get("/notifications")).contains("รอเจ้าหน้าที่ พช. ยืนยันร้านของคุณ"));

        buyers.verify(producer);
        assertEquals(1, badge(shop), "the verification result");
        String listing = shop.newListing("น้ำพริกเผาสูตรโบราณ", "60", "4");
        buyers.publish(producer, listing);
        assertEquals(2, badge(shop), "and 4 jars is low stock");
        Order order = buyers.order(listing, 1, PaymentMethod.PROMPTPAY);
        assertEquals(3, badge(shop), "and a new order");

        String page = PortalSession.body(shop.get("/notifications"));
        assertTrue(page.contains("คำสั่งซื้อใหม่ #" + order.number()), page);
        assertTrue(page.contains("href=\"/orders/" + order.publicId() + "\""));
        assertTrue(page.contains("น้ำพริกเผาสูตรโบราณ เหลือเพียง 3 ชิ้น"));
        assertTrue(page.contains("ร้านของคุณได้รับการยืนยันแล้ว"));
        assertTrue(page.contains("class=\"badge warn\">ใหม่<"), "what is new since the last visit is marked");
        assertTrue(shop.cookie("otop_seen").isPresent(), "the visit is remembered in this browser");

        assertEquals(2, badge(shop), "the verification result was seen; the order and the stock still need doing");
        assertFalse(PortalSession.body(shop.get("/notifications")).contains("class=\"badge warn\">ใหม่<"));

        shop.post("/orders/" + order.publicId() + "/payment-received", Map.of());
        shop.post("/orders/" + order.publicId() + "/accept", Map.of());
        assertEquals(1, badge(shop), "an accepted order is handled");

        producers.decideVerification(producer, Verification.SUSPENDED, "รูปสินค้าไม่ตรงกับของจริง");
        String suspended = PortalSession.body(shop.get("/notifications"));
        assertTrue(suspended.contains("ร้านของคุณถูกระงับ: รูปสินค้าไม่ตรงกับของจริง"), suspended);
    }

    private static int badge(PortalSession session) {
        String body = PortalSession.body(session.get("/dashboard"));
        Matcher m = BADGE.matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
