package th.otop.sellerportal.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * A producer refunds part of a delivered order from its order page, by units of a line and the shipping; the amount is
 * the server's, bad counts come back on the form, and another producer cannot refund it.
 */
@MicronautTest(transactional = false)
class RefundAfterShippingIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Orders orders;

    @Inject
    Ledger ledger;

    @Test
    void aDeliveredOrderIsRefundedUnitByUnitThenInFull() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "refund@example.com", "ร้านคืนเงินได้");
        ProducerId producer = buyers.producerOf("refund@example.com");
        buyers.verify(producer);
        String listing = shop.newListing("ตะกร้าสานไม้ไผ่", "180", "20");
        buyers.publish(producer, listing);
        Order order = buyers.delivered(buyers.order(listing, 3, PaymentMethod.PROMPTPAY));
        String path = "/orders/" + order.publicId();

        String page = PortalSession.body(shop.get(path));
        assertTrue(page.contains("id=\"refund-form\""), "a delivered, paid order can be refunded");
        assertTrue(page.contains("name=\"quantity.0\"") && page.contains("max=\"3\""), page);
        assertTrue(page.contains("id=\"refund-shipping\""), "the shipping can be refunded too");

        HttpResponse<String> bad = shop.post(path + "/refund", Map.of("quantity.0", "สอง", "reason", "ชำรุด"));
        assertEquals(422, bad.getStatus().getCode());
        assertTrue(PortalSession.body(bad).contains("จำนวนที่คืนต้องเป็นจำนวนเต็ม"), PortalSession.body(bad));
        HttpResponse<String> tooMany = shop.post(path + "/refund", Map.of("quantity.0", "4", "reason", ""));
        assertEquals(422, tooMany.getStatus().getCode());
        String tooManyPage = PortalSession.body(tooMany);
        assertTrue(tooManyPage.contains("ต้องอยู่ระหว่าง 0 ถึง 3"), tooManyPage);
        assertTrue(tooManyPage.contains("เหตุผลที่คืนเงิน"), "every error at once: the reason too");
        assertTrue(tooManyPage.contains("value=\"4\""), "what was typed stays");
        assertEquals(0, orders.forProducer(producer, order.id()).refundedSatang(), "nothing was refunded");

        PortalSession other = PortalSession.newProducer(client, "refund-other@example.com", "ร้านอื่น");
        assertEquals(
                404,
                other.post(path + "/refund", Map.of("quantity.0", "1", "reason", "ไม่ใช่ของฉัน"))
                        .getStatus()
                        .getCode());

        long balanceBefore = ledger.balanceOf(producer);
        // the price field is not the form's: whatever amount a request carries, the server prices the units
        HttpResponse<String> one = shop.post(
                path + "/refund",
                Map.of("quantity.0", "1", "amount", "99999", "reason", "สานหลุด 1 ใบ / one came apart"));
        assertEquals(303, one.getStatus().getCode(), PortalSession.body(one));
        Order partly = orders.forProducer(producer, order.id());
        assertEquals(18_000, partly.refundedSatang());
        assertEquals(OrderStatus.DELIVERED, partly.status(), "the rest of the order stands");
        assertTrue(ledger.balanceOf(producer) > balanceBefore, "the fee of the refunded unit came back");
        String after = PortalSession.body(shop.get(path));
        assertTrue(after.contains("(คืนเงินแล้ว 1 ชิ้น)"), after);
        assertTrue(after.contains("max=\"2\""), "two units are left to refund");
        assertTrue(after.contains("สานหลุด 1 ใบ"), "the reason is in the history");

        assertEquals(
                303,
                shop.post(path + "/refund", Map.of("quantity.0", "2", "shipping", "on", "reason", "คืนทั้งหมด"))
                        .getStatus()
                        .getCode());
        Order refunded = orders.forProducer(producer, order.id());
        assertEquals(OrderStatus.REFUNDED, refunded.status());
        assertEquals(order.totalSatang(), refunded.refundedSatang());
        assertFalse(PortalSession.body(shop.get(path)).contains("id=\"refund-form\""), "nothing is left to refund");
        assertEquals(
                409,
                shop.post(path + "/refund", Map.of("quantity.0", "1", "reason", "อีกครั้ง"))
                        .getStatus()
                        .getCode());
    }
}
