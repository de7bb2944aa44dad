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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Products;
import th.otop.catalog.product.VariantDraft;
import th.otop.devstack.RealServices;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;
import th.otop.sellerportal.web.Formats;

/** A producer fulfils a PromptPay order from the orders list to shipping, and cancels another; B never sees A's. */
@MicronautTest(transactional = false)
class FulfilmentIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Orders orders;

    @Inject
    Products products;

    @Test
    void aNewOrderIsConfirmedAcceptedPackedAndShippedWithATrackingNumber() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "ship@example.com", "ร้านส่งไว");
        ProducerId producer = buyers.producerOf("ship@example.com");
        buyers.verify(producer);
        String listing = shop.newListing("ผ้าขาวม้าทอมือ", "250", "10");
        buyers.publish(producer, listing);
        Order order = buyers.order(listing, 2, PaymentMethod.PROMPTPAY);
        String path = "/orders/" + order.publicId();

        String list = PortalSession.body(shop.get("/orders"));
        assertTrue(list.contains("คำสั่งซื้อใหม่ (1)"), list);
        assertTrue(list.contains("มาลี ศรีสุข"));
        assertTrue(list.contains(new Formats().baht(order.totalSatang())), "the order's total");
        // the producer knows the order by the buyer's number and its part, the address keeps its own key
        assertTrue(
                order.number().toString().matches(order.number().checkout() + "-1"),
                order.number().toString());
        assertTrue(list.contains(">#" + order.number() + "<"), list);
        assertFalse(list.contains(">#" + order.publicId() + "<"), "not a second number beside it");
        assertTrue(list.contains("href=\"" + path + "\""), "links stay as they were");

        String detail = PortalSession.body(shop.get(path));
        assertTrue(detail.contains("12/3 หมู่ 5 ถนนห้วยแก้ว"), "the buyer's address");
        assertTrue(detail.contains("เชียงใหม่") && detail.contains("50200"));
        assertTrue(detail.contains("ผ้าขาวม้าทอมือ"));
        assertTrue(detail.contains("<h1>คำสั่งซื้อ #" + order.number() + "</h1>"), detail);
        assertTrue(detail.contains("฿500.00"), "two at 250 baht");
        assertTrue(detail.contains("ได้รับเงินพร้อมเพย์แล้ว"), "PromptPay paid to the shop is confirmed by it");

        HttpResponse<String> tooEarly = shop.post(path + "/accept", Map.of());
        assertEquals(409, tooEarly.getStatus().getCode(), "a PromptPay order is accepted once paid");
        assertTrue(PortalSession.body(tooEarly).contains("รอชำระเงิน"), PortalSession.body(tooEarly));

        assertEquals(
                303, shop.post(path + "/payment-received", Map.of()).getStatus().getCode());
        assertEquals(303, shop.post(path + "/accept", Map.of()).getStatus().getCode());
        assertEquals(
                409,
                shop.post(path + "/ship", Map.of("carrier", "FLASH", "trackingNumber", "TH12345678"))
                        .getStatus()
                        .getCode(),
                "packed first");
        assertEquals(303, shop.post(path + "/pack", Map.of()).getStatus().getCode());

        HttpResponse<String> badTracking =
                shop.post(path + "/ship", Map.of("carrier", "FLASH", "trackingNumber", "ไม่รู้"));
        assertEquals(422, badTracking.getStatus().getCode());
        assertTrue(PortalSession.body(badTracking).contains("เลขพัสดุต้องเป็น"), "the message next to the field");
        assertTrue(PortalSession.body(badTracking).contains("value=\"ไม่รู้\""), "what was typed stays");
        assertEquals(
                422,
                shop.post(path + "/ship", Map.of("trackingNumber", "TH12345678"))
                        .getStatus()
                        .getCode(),
                "no carrier chosen");
        assertEquals(
                OrderStatus.PACKED, orders.forProducer(producer, order.id()).status());

        HttpResponse<String> shipped = shop.post(
                path + "/ship", Map.of("carrier", "FLASH", "trackingNumber", "th 1234 5678".replace(" ", "")));
        assertEquals(303, shipped.getStatus().getCode(), PortalSession.body(shipped));
        Order after = orders.forProducer(producer, order.id());
        assertEquals(OrderStatus.SHIPPED, after.status());
        assertEquals(Carrier.FLASH, after.carrier());
        assertEquals("TH12345678", after.trackingNumber());
        String shippedPage = PortalSession.body(shop.get(path));
        assertTrue(shippedPage.contains("TH12345678") && shippedPage.contains("แฟลช เอ็กซ์เพรส"));
        assertFalse(shippedPage.contains("id=\"cancel-form\""), "a shipped order can no longer be cancelled");

        HttpResponse<String> slip = shop.get(path + "/slip");
        assertEquals(200, slip.getStatus().getCode());
        assertTrue(PortalSession.body(slip).contains("มาลี ศรีสุข")
                && PortalSession.body(slip).contains("50200"));
        assertTrue(PortalSession.body(slip).contains("ร้านส่งไว"), "the sender");
        assertTrue(PortalSession.body(slip).contains(order.number().toString()), "the slip names the same number");

        assertEquals(303, shop.post(path + "/deliver", Map.of()).getStatus().getCode());
        assertEquals(
                OrderStatus.DELIVERED, orders.forProducer(producer, order.id()).status());
        assertEquals(
                List.of("PLACE", "CONFIRM_PAYMENT", "ACCEPT", "PACK", "SHIP", "DELIVER"),
                orders.history(order.id()).stream().map(e -> e.action()).toList());
    }

    @Test
    void theChosenSizeIsOnTheOrdersListTheOrderAndThePackingSlip() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "sizes@example.com", "ร้านเสื้อผ้าฝ้าย");
        ProducerId producer = buyers.producerOf("sizes@example.com");
        buyers.verify(producer);
        String listing = shop.newListing("เสื้อผ้าฝ้ายย้อมคราม", "390", "5");
        var shirt = buyers.publish(producer, listing);
        long large = products.addVariant(producer, shirt.id(), new VariantDraft("ไซซ์ L", "Size L", 42_000, 3, null));
        Order order = buyers.order(listing, large, 2, PaymentMethod.PROMPTPAY, Buyers.inChiangMai());
        String path = "/orders/" + order.publicId();

        assertTrue(PortalSession.body(shop.get("/orders")).contains("เสื้อผ้าฝ้ายย้อมคราม (ไซซ์ L) × 2"));
        String detail = PortalSession.body(shop.get(path));
        assertTrue(detail.contains("เสื้อผ้าฝ้ายย้อมคราม (ไซซ์ L)"), detail);
        assertTrue(detail.contains("฿840.00"), "two at the size's own 420 baht");
        assertTrue(PortalSession.body(shop.get(path + "/slip")).contains("เสื้อผ้าฝ้ายย้อมคราม (ไซซ์ L)"));
        assertEquals(
                1,
                products.find(shirt.id())
                        .orElseThrow()
                        .variant(large)
                        .orElseThrow()
                        .stock());

        assertEquals(
                303,
                shop.post(path + "/cancel", Map.of("reason", "ผ้าหมด / out of cloth"))
                        .getStatus()
                        .getCode());
        assertEquals(
                3,
                products.find(shirt.id())
                        .orElseThrow()
                        .variant(large)
                        .orElseThrow()
                        .stock(),
                "the size's units are back");
        String history = PortalSession.body(shop.get("/stock/" + listing));
        assertTrue(
                history.contains("<span>ไซซ์ L</span> · <span>เลขที่ " + order.number() + "</span>"),
                "the stock history names the size beside the order: " + history);
    }

    @Test
    void cancellingNeedsAReasonAndReturnsTheStock() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "cancel@example.com", "ร้านยกเลิก");
        ProducerId producer = buyers.producerOf("cancel@example.com");
        buyers.verify(producer);
        String listing = shop.newListing("ตะกร้าสานไม้ไผ่", "180", "5");
        var product = buyers.publish(producer, listing);
        Order order = buyers.order(listing, 3, PaymentMethod.PROMPTPAY, Buyers.inBangkok());
        assertEquals(2, products.find(product.id()).orElseThrow().stock(), "reserved by the order");
        String path = "/orders/" + order.publicId();

        HttpResponse<String> noReason = shop.post(path + "/cancel", Map.of("reason", " "));
        assertEquals(422, noReason.getStatus().getCode());
        assertTrue(PortalSession.body(noReason).contains("เหตุผลที่ยกเลิก"));
        assertEquals(
                OrderStatus.PENDING_PAYMENT,
                orders.forProducer(producer, order.id()).status());

        assertEquals(
                303,
                shop.post(path + "/cancel", Map.of("reason", "สินค้าเสียหายระหว่างผลิต"))
                        .getStatus()
                        .getCode());
        Order cancelled = orders.forProducer(producer, order.id());
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals("สินค้าเสียหายระหว่างผลิต", cancelled.cancelReason());
        assertEquals(5, products.find(product.id()).orElseThrow().stock(), "the stock came back");
        assertEquals(409, shop.post(path + "/accept", Map.of()).getStatus().getCode(), "a cancelled order stays so");
    }

    @Test
    void anotherProducersOrderIsNotFoundOnEveryRoute() {
        Buyers buyers = new Buyers(context);
        PortalSession a = PortalSession.newProducer(client, "order-a@example.com", "ร้าน A");
        PortalSession b = PortalSession.newProducer(client, "order-b@example.com", "ร้าน B");
        ProducerId producerB = buyers.producerOf("order-b@example.com");
        buyers.verify(producerB);
        String listing = b.newListing("ผ้าของ B", "300", "10");
        buyers.publish(producerB, listing);
        Order theirs = buyers.order(listing, 1, PaymentMethod.PROMPTPAY);
        String path = "/orders/" + theirs.publicId();

        for (String get : List.of(path, path + "/slip")) {
            assertEquals(404, a.get(get).getStatus().getCode(), get);
        }
        Map<String, String> form = Map.of("carrier", "KERRY", "trackingNumber", "KER1234567", "reason", "ยึด");
        for (String action : List.of("/accept", "/pack", "/ship", "/deliver", "/payment-received", "/cancel")) {
            assertEquals(404, a.post(path + action, form).getStatus().getCode(), action);
        }
        assertEquals(404, a.get("/orders/" + theirs.id().value()).getStatus().getCode(), "nor by its number");
        assertFalse(PortalSession.body(a.get("/orders")).contains(theirs.publicId()));
        assertEquals(
                OrderStatus.PENDING_PAYMENT,
                orders.forProducer(producerB, theirs.id()).status());
        assertEquals(200, b.get(path).getStatus().getCode(), "while B sees it");
    }
}
