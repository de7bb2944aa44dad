package th.otop.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Orders;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/** Cart to PromptPay over HTTP: two shops' products, bad input kept and explained, two orders, no peeking. */
@MicronautTest(transactional = false)
class CheckoutIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Checkouts checkouts;

    @Inject
    Orders orders;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }

    static Map<String, String> address(String cartId, String key, String method) {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("cartId", cartId);
        order.put("idempotencyKey", key);
        order.put("email", "somchai@example.com");
        order.put("recipientName", "สมชาย ใจดี");
        order.put("phone", "081-234-5678");
        order.put("addressLine", "99 หมู่ 4");
        order.put("subdistrict", "สลักได");
        order.put("district", "เมืองสุรินทร์");
        order.put("provinceId", "32");
        order.put("postcode", "32000");
        order.put("paymentMethod", method);
        return order;
    }

    @Test
    void twoShopsProductsBecomeTwoOrdersPaidByPromptPay() {
        ShopperSession shopper = new ShopperSession(client);
        HttpResponse<String> added = shopper.post(
                "/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"));
        assertEquals(HttpStatus.SEE_OTHER, added.getStatus(), body(added));
        assertTrue(added.getCookie("cart").orElseThrow().isHttpOnly(), "scripts cannot read the cart token");
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "2"));

        String cart = shopper.page("/cart");
        assertTrue(cart.contains("ผ้าไหมทอมือจากสุรินทร์") && cart.contains("น้ำพริกเผาแม่ประนอม"), cart);
        assertTrue(cart.contains("คำสั่งซื้อนี้มาจาก 2 ร้าน"), "one parcel per shop");
        assertTrue(cart.contains("160 บาท"), "2 x 80 baht");

        // bad quantities: a clear message on the product page, the typed value kept, the cart unchanged
        HttpResponse<String> zero = shopper.post(
                "/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "0"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, zero.getStatus());
        assertTrue(body(zero).contains("id=\"quantity-error\""), body(zero));
        assertTrue(body(zero).contains("value=\"0\""), "the typed quantity is kept");
        assertTrue(body(zero).contains("<h1>ผ้าไหมทอมือจากสุรินทร์</h1>"), "still the product page");
        HttpResponse<String> tooMany =
                shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "10000"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, tooMany.getStatus());
        assertTrue(body(tooMany).contains("value=\"10000\""));
        HttpResponse<String> update =
                shopper.post("/cart/update", Map.of("product", catalogue.chilli(), "quantity", "10000"));
        assertTrue(body(update).contains("role=\"alert\""), "the cart page explains");
        assertTrue(shopper.page("/cart").contains("value=\"2\""), "the cart still holds 2");

        String form = shopper.page("/checkout");
        assertTrue(form.contains("value=\"PROMPTPAY\""), "PromptPay is offered");
        assertFalse(form.contains("value=\"STRIPE\""), "card payment only where Stripe is configured");
        Map<String, String> order = address(field(form, "cartId"), field(form, "idempotencyKey"), "PROMPTPAY");
        order.put("recipientName", "");
        order.put("phone", "081-234-567");
        order.put("provinceId", "");
        order.put("postcode", "1234");
        HttpResponse<String> empty = shopper.post("/checkout", order);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, empty.getStatus());
        String again = body(empty);
        assertTrue(again.contains("id=\"recipientName-error\""), again);
        assertTrue(again.contains("รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก"), "postcode message in Thai");
        assertTrue(again.contains("กรุณาเลือกจังหวัด"), "province message");
        assertTrue(again.contains("value=\"somchai@example.com\""), "what was typed is kept");
        assertTrue(shopper.page("/cart").contains("ผ้าไหมทอมือจากสุรินทร์"), "the cart is not lost");

        order = address(field(form, "cartId"), field(form, "idempotencyKey"), "PROMPTPAY");
        HttpResponse<String> placed = shopper.post("/checkout", order);
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        String payUrl = placed.header(HttpHeaders.LOCATION);
        assertTrue(payUrl.matches("/checkout/[0-9a-z]+/pay"), payUrl);
        assertEquals(
                payUrl,
                shopper.post("/checkout", order).header(HttpHeaders.LOCATION),
                "a second click places nothing new");

        String pay = shopper.page(payUrl);
        assertEquals(2, pay.split("src=\"data:image/png;base64,").length - 1, "one QR code per shop: " + pay);
        assertTrue(pay.contains("class=\"countdown\""), "a countdown");
        assertTrue(pay.contains("data-deadline=\""), "to the payment deadline");

        String status = shopper.page(payUrl.replace("/pay", ""));
        assertEquals(2, status.split("รอชำระเงิน").length - 1, "two orders awaiting payment: " + status);
        String buddhistYear = String.valueOf(Year.now(ZoneId.of("Asia/Bangkok")).getValue() + 543);
        assertTrue(status.contains(buddhistYear), "the order date in the Buddhist era");
        assertTrue(shopper.page("/cart").contains("ยังไม่มีสินค้าในตะกร้า"), "the cart became the orders");

        ShopperSession stranger = new ShopperSession(client);
        assertEquals(
                HttpStatus.NOT_FOUND,
                stranger.get(payUrl.replace("/pay", "")).getStatus(),
                "another browser cannot see the order");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.page("/");
        HttpResponse<String> forged =
                shopper.postWithoutCsrf("/cart/add", Map.of("product", catalogue.silk(), "quantity", "1"));
        // refused, with the form's values behind a "save again" button that carries a fresh token
        assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
        assertTrue(ShopperSession.body(forged).contains("id=\"resubmit-form\""), ShopperSession.body(forged));
        assertTrue(shopper.cookie("cart").isEmpty(), "nothing was added");
    }

    @Test
    void aCartCookieThisAppDidNotSignIsIgnored() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        String signed = shopper.cookie("cart").orElseThrow();
        String token = signed.substring(0, signed.indexOf('.'));
        int at = signed.length() - 10;
        String tampered = signed.substring(0, at) + (signed.charAt(at) == 'A' ? 'B' : 'A') + signed.substring(at + 1);
        assertTrue(cartWithCookie(signed).contains("น้ำพริกเผาแม่ประนอม"), "the issued cookie opens the cart");
        for (String forged : List.of(token, tampered, token + ".")) {
            assertFalse(cartWithCookie(forged).contains("น้ำพริกเผาแม่ประนอม"), forged);
        }
    }

    private String cartWithCookie(String cart) {
        return client.toBlocking()
                .retrieve(HttpRequest.GET("/cart")
                        .header("Cookie", "cart=" + cart)
                        .header("Accept-Language", "th-TH")
                        .accept(MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void checkoutWithoutACartGoesBackToTheCart() {
        ShopperSession shopper = new ShopperSession(client);
        HttpResponse<String> response = shopper.get("/checkout");
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
        assertEquals("/cart", response.header(HttpHeaders.LOCATION));
        assertTrue(shopper.page("/cart").contains("ยังไม่มีสินค้าในตะกร้า"));
    }

    /** Puts one product in a fresh guest cart and places it; answers the session and the checkout id. */
    private Map.Entry<ShopperSession, String> placed(String productPublicId, String method) {
        return placed(Map.of("product", productPublicId, "quantity", "1"), method);
    }

    private Map.Entry<ShopperSession, String> placed(Map<String, String> line, String method) {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", line);
        String form = shopper.page("/checkout");
        HttpResponse<String> placed =
                shopper.post("/checkout", address(field(form, "cartId"), field(form, "idempotencyKey"), method));
        String location = placed.header(HttpHeaders.LOCATION);
        return Map.entry(shopper, location.replace("/checkout/", "").replace("/pay", ""));
    }

    @Test
    void myOrdersListsThisDevicesOrdersAndAnyoneWithNumberAndPhoneCanTrackOne() {
        var placed = placed(catalogue.cotton(), "PROMPTPAY");
        String checkout = placed.getValue();
        assertTrue(placed.getKey().page("/checkout/mine").contains(checkout), "the order is in my orders");
        ShopperSession stranger = new ShopperSession(client);
        assertFalse(stranger.page("/checkout/mine").contains(checkout), "not in someone else's");

        String tracked = stranger.page("/checkout/track?number=" + checkout + "&phone=081-234-5678");
        assertTrue(tracked.contains("ผ้าฝ้ายย้อมคราม"), "the order's lines, without signing in");
        assertTrue(tracked.contains("รอชำระเงิน"), "and its status");
        String wrongPhone = stranger.page("/checkout/track?number=" + checkout + "&phone=0899999999");
        assertTrue(wrongPhone.contains("ไม่พบคำสั่งซื้อ"));
        assertFalse(wrongPhone.contains("ผ้าฝ้ายย้อมคราม"), "a wrong phone reveals nothing");
    }

    @Test
    void anExpiredPaymentLosesNothing() {
        var placed = placed(catalogue.cotton(), "PROMPTPAY");
        ShopperSession shopper = placed.getKey();
        String checkout = placed.getValue();
        checkouts.forBuyer(shopper.guest(), checkout).orders().forEach(o -> orders.expire(o.id()));

        String status = shopper.page("/checkout/" + checkout);
        assertTrue(status.contains("ยกเลิกแล้ว"), status);
        assertTrue(status.contains("/checkout/" + checkout + "/restore"), "offers to restore the cart");
        HttpResponse<String> restored = shopper.post("/checkout/" + checkout + "/restore", Map.of());
        assertEquals("/cart", restored.header(HttpHeaders.LOCATION));
        assertTrue(shopper.page("/cart").contains("ผ้าฝ้ายย้อมคราม"), "the product is back in the cart");
    }

    @Test
    void theBuyerCancelsBeforeTheShopAccepts() {
        var placed = placed(catalogue.chilli(), "PROMPTPAY");
        ShopperSession shopper = placed.getKey();
        String checkout = placed.getValue();
        String orderId =
                checkouts.forBuyer(shopper.guest(), checkout).orders().get(0).publicId();

        ShopperSession stranger = new ShopperSession(client);
        assertEquals(
                HttpStatus.NOT_FOUND,
                stranger.post("/checkout/" + checkout + "/cancel", Map.of("order", orderId))
                        .getStatus(),
                "only the buyer cancels");
        shopper.post("/checkout/" + checkout + "/cancel", Map.of("order", orderId));
        String status = shopper.page("/checkout/" + checkout);
        assertTrue(status.contains("ยกเลิกแล้ว"), status);
        assertFalse(status.contains("ยกเลิกคำสั่งซื้อนี้"), "nothing left to cancel");
    }

    @Test
    void cashOnDeliveryGoesStraightToTheOrder() {
        var placed = placed(catalogue.chilli(), "CASH_ON_DELIVERY");
        String status = placed.getKey().page("/checkout/" + placed.getValue());
        assertTrue(status.contains("ขอบคุณสำหรับคำสั่งซื้อ"), status);
        assertFalse(status.contains("/pay\""), "nothing to pay now");
    }

    @Test
    void thePaymentPageLearnsWhenTheShopConfirmsTheMoney() {
        var placed = placed(catalogue.cotton(), "PROMPTPAY");
        ShopperSession shopper = placed.getKey();
        String checkout = placed.getValue();
        assertTrue(shopper.page("/checkout/" + checkout + "/pay")
                .contains("data-state=\"/checkout/" + checkout + "/state\""));
        assertTrue(state(shopper, checkout).contains("\"awaitingPayment\":true"), state(shopper, checkout));

        var order = checkouts.forBuyer(shopper.guest(), checkout).orders().get(0);
        orders.confirmPromptPayReceived(order.producerId(), order.id());
        assertTrue(state(shopper, checkout).contains("\"awaitingPayment\":false"), state(shopper, checkout));
        assertTrue(shopper.page("/checkout/" + checkout).contains("ชำระเงินแล้ว"), "the order shows paid");
        assertEquals(
                HttpStatus.NOT_FOUND,
                new ShopperSession(client)
                        .get("/checkout/" + checkout + "/state")
                        .getStatus());
    }

    private static String state(ShopperSession shopper, String checkout) {
        return body(shopper.send(io.micronaut.http.HttpRequest.GET("/checkout/" + checkout + "/state")
                .accept(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void aDeliveredOrderShowsItsTrackingLinkAndItsBuyerReviewsTheProduct() {
        var placed = placed(
                Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"), "PROMPTPAY");
        ShopperSession shopper = placed.getKey();
        String checkout = placed.getValue();
        var order = checkouts.forBuyer(shopper.guest(), checkout).orders().get(0);
        orders.confirmPromptPayReceived(order.producerId(), order.id());
        orders.accept(order.producerId(), order.id());
        orders.markPacked(order.producerId(), order.id());
        orders.markShipped(order.producerId(), order.id(), Carrier.KERRY, "KEX1234567890");
        assertTrue(shopper.page("/checkout/" + checkout)
                .contains("href=\"https://th.kerryexpress.com/th/track/?track=KEX1234567890\""));
        orders.markDelivered(order.producerId(), order.id());

        String status = shopper.page("/checkout/" + checkout);
        assertTrue(status.contains("/checkout/" + checkout + "/review"), "a review form for what was received");
        long productId = order.lines().get(0).productId().value();
        HttpResponse<String> sent = shopper.upload(
                "/checkout/" + checkout + "/review",
                Map.of(
                        "order",
                        order.publicId(),
                        "product",
                        String.valueOf(productId),
                        "stars",
                        "5",
                        "body",
                        "ลายสวย เนื้อผ้าดีมาก"),
                "photo",
                null);
        assertEquals("/checkout/" + checkout + "?review=sent", sent.header(HttpHeaders.LOCATION));

        String product = shopper.page("/p/" + catalogue.silk() + "/hand-woven-silk-from-surin");
        assertTrue(product.contains("ลายสวย เนื้อผ้าดีมาก"), "the review is on the product page");
        assertTrue(product.contains("5.0 จาก 5 ดาว (1 รีวิว)"), product);
        assertTrue(product.contains("\"aggregateRating\""), "and in the structured data");

        ShopperSession stranger = new ShopperSession(client);
        assertEquals(
                HttpStatus.NOT_FOUND,
                stranger.upload(
                                "/checkout/" + checkout + "/review",
                                Map.of("order", order.publicId(), "product", "1", "stars", "1"),
                                "photo",
                                null)
                        .getStatus(),
                "only the buyer reviews");
    }
}
