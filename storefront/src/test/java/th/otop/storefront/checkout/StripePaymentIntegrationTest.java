package th.otop.storefront.checkout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.PaymentStatus;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.payment.stripe.StripeEvents;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/**
 * Card and PromptPay through Stripe, with Stripe's servers a stub at the HTTP boundary and webhooks signed with a real
 * secret: the choice at checkout, the payment page with Stripe's form and its own wider CSP, the webhook, and the page
 * the buyer comes back to.
 */
@MicronautTest(transactional = false)
class StripePaymentIntegrationTest implements RealServices {
    /** The intent the stub answers (payment_intent_created.json). */
    private static final String INTENT_ID = "pi_3QdJv2LkdIwHu7ix0Ru8XnYp";

    private static final String PUBLISHABLE_KEY = "pk_test_51QdJv2LkdIwHu7ixTestOnly";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Checkouts checkouts;

    private WireMockServer stripe;
    private Map<String, String> properties;
    private StorefrontMother.Catalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            stripe.start();
            properties = new HashMap<>(RealServices.super.getProperties());
            properties.put("otop.stripe.secret-key", "sk_test_51QdJv2LkdIwHu7ixTestOnly");
            properties.put("otop.stripe.publishable-key", PUBLISHABLE_KEY);
            properties.put("otop.stripe.webhook-secret", StripeEvents.WEBHOOK_SECRET);
            properties.put("otop.stripe.api-base", stripe.baseUrl());
        }
        return properties;
    }

    @BeforeAll
    void stubAndCatalogue() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(StripeEvents.resource("payment_intent_created.json"))));
        catalogue = mother.catalogue();
    }

    @AfterAll
    void stopStub() {
        stripe.stop();
    }

    @Test
    void cardAndPromptPayThroughStripeIsTheOnlineChoiceAndItsPageAloneLoadsStripe() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.cotton(), "quantity", "1"));
        HttpResponse<String> formPage = shopper.get("/checkout");
        String form = body(formPage);
        assertTrue(form.contains("value=\"STRIPE\""), "card or PromptPay through Stripe is offered: " + form);
        assertTrue(form.contains("บัตรหรือพร้อมเพย์"), "and named in Thai");
        assertFalse(form.contains("js.stripe.com"), "the checkout form loads nothing of Stripe's");
        assertStrictPolicy(formPage);

        String checkout = place(shopper, form);
        HttpResponse<String> payPage = shopper.get("/checkout/" + checkout + "/pay");
        assertEquals(HttpStatus.OK, payPage.getStatus(), body(payPage));
        String pay = body(payPage);
        assertTrue(pay.contains("data-publishable-key=\"" + PUBLISHABLE_KEY + "\""), pay);
        assertTrue(pay.contains("data-client-secret=\"" + INTENT_ID + "_secret_"), pay);
        assertTrue(pay.matches("(?s).*data-return-url=\"http://[^\"]+/checkout/" + checkout + "/payment\".*"), pay);
        assertTrue(pay.contains("<script src=\"https://js.stripe.com/v3/\""), pay);
        assertTrue(pay.contains("<script src=\"/js/stripe-payment.js\""), pay);
        assertFalse(pay.matches("(?s).*<script>.*"), "no inline script");
        assertTrue(pay.contains("<noscript>") && pay.contains("ต้องใช้ JavaScript"), "explained without JavaScript");
        String csp = payPage.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self' https://js.stripe.com"), csp);
        assertTrue(csp.contains("frame-src 'self' https://js.stripe.com https://hooks.stripe.com"), csp);
        assertTrue(csp.contains("connect-src 'self' https://api.stripe.com"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), "the rest stays strict: " + csp);

        assertEquals(
                pay.replaceAll("(?s).*data-client-secret=\"([^\"]+)\".*", "$1"),
                body(shopper.get("/checkout/" + checkout + "/pay"))
                        .replaceAll("(?s).*data-client-secret=\"([^\"]+)\".*", "$1"),
                "coming back to the page reuses the same intent");
        assertStrictPolicy(shopper.get("/checkout/" + checkout));
        assertStrictPolicy(shopper.get("/checkout/" + checkout + "/payment"));
        assertStrictPolicy(shopper.get("/"));
    }

    @Test
    void aSignedWebhookMarksTheCheckoutPaidAndTheReturnPageSaysSo() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"));
        String checkout = place(shopper, shopper.page("/checkout"));
        shopper.page("/checkout/" + checkout + "/pay");
        String waiting = shopper.page(
                "/checkout/" + checkout + "/payment?payment_intent=" + INTENT_ID + "&redirect_status=succeeded");
        assertTrue(waiting.contains("กำลังรอผู้ให้บริการยืนยัน"), "Stripe's word alone is not taken: " + waiting);

        long total = checkout(shopper, checkout).totalSatang();
        String event = StripeEvents.paymentIntent("payment_intent.succeeded", INTENT_ID, checkout, total, "thb");
        HttpResponse<String> forged = webhook(event, StripeEvents.sign(event, "whsec_someone_else", now()));
        assertEquals(HttpStatus.BAD_REQUEST, forged.getStatus());
        assertEquals(PaymentStatus.AWAITING, checkout(shopper, checkout).paymentStatus(), "a forgery changes nothing");

        HttpResponse<String> signed = webhook(event, StripeEvents.signNow(event));
        assertEquals(HttpStatus.OK, signed.getStatus(), body(signed));
        assertEquals(HttpStatus.OK, webhook(event, StripeEvents.signNow(event)).getStatus(), "a repeat is fine too");

        Checkout paid = checkout(shopper, checkout);
        assertEquals(PaymentStatus.PAID, paid.paymentStatus());
        assertEquals(OrderStatus.PAID, paid.orders().get(0).status());
        String result = shopper.page("/checkout/" + checkout + "/payment");
        assertTrue(result.contains("เราได้รับเงิน"), result);
        assertFalse(result.contains("ลองชำระอีกครั้ง"), "no retry once paid");
        assertEquals(
                HttpStatus.NOT_FOUND,
                new ShopperSession(client)
                        .get("/checkout/" + checkout + "/payment")
                        .getStatus(),
                "another browser cannot see it");
    }

    @Test
    void aFailedPaymentOffersARetryAndKeepsTheCheckoutAndItsStock() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "2"));
        String checkout = place(shopper, shopper.page("/checkout"));
        shopper.page("/checkout/" + checkout + "/pay");
        long total = checkout(shopper, checkout).totalSatang();

        String event = StripeEvents.paymentIntent("payment_intent.payment_failed", INTENT_ID, checkout, total, "thb");
        assertEquals(HttpStatus.OK, webhook(event, StripeEvents.signNow(event)).getStatus());

        String result = shopper.page("/checkout/" + checkout + "/payment");
        assertTrue(result.contains("การชำระเงินไม่สำเร็จ"), result);
        assertTrue(result.contains("href=\"/checkout/" + checkout + "/pay\""), "a retry: " + result);
        assertTrue(result.contains("class=\"countdown\""), "and the time left");
        Checkout kept = checkout(shopper, checkout);
        assertEquals(PaymentStatus.FAILED, kept.paymentStatus());
        assertEquals(OrderStatus.PENDING_PAYMENT, kept.orders().get(0).status(), "the order and its stock stay");

        HttpResponse<String> retry = shopper.get("/checkout/" + checkout + "/pay");
        assertEquals(HttpStatus.OK, retry.getStatus());
        assertTrue(body(retry).contains("data-client-secret=\"" + INTENT_ID + "_secret_"), "the same intent");
        assertTrue(
                shopper.page("/checkout/" + checkout + "/payment").contains("กำลังรอผู้ให้บริการยืนยัน"),
                "a new attempt waits for its own outcome");
    }

    @Test
    void withoutJavaScriptTheBuyerCanSwitchToCashOnDeliveryAndKeepsTheProducts() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.cotton(), "quantity", "1"));
        String form = shopper.page("/checkout");
        assertTrue(form.contains("value=\"CASH_ON_DELIVERY\""), "the shop takes cash: " + form);
        String checkout = place(shopper, form);
        String pay = shopper.page("/checkout/" + checkout + "/pay");
        assertTrue(pay.contains("/checkout/" + checkout + "/other-method"), pay);

        HttpResponse<String> switched = shopper.post("/checkout/" + checkout + "/other-method", Map.of());
        assertEquals(HttpStatus.SEE_OTHER, switched.getStatus(), body(switched));
        assertEquals("/checkout", switched.header(HttpHeaders.LOCATION));
        assertTrue(shopper.page("/cart").contains("ผ้าฝ้ายย้อมคราม"), "the product is back in the cart");
        assertEquals(
                OrderStatus.CANCELLED,
                checkout(shopper, checkout).orders().get(0).status(),
                "the card order no longer holds the stock");
    }

    private static void assertStrictPolicy(HttpResponse<String> response) {
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self';"), "strict CSP: " + csp);
        assertFalse(csp.contains("stripe"), "no Stripe on this page: " + csp);
    }

    private HttpResponse<String> webhook(String payload, String signature) {
        return new ShopperSession(client)
                .send(HttpRequest.POST("/stripe/webhook", payload)
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("Stripe-Signature", signature));
    }

    private Checkout checkout(ShopperSession shopper, String publicId) {
        return checkouts.forBuyer(shopper.guest(), publicId);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** Places the cart with card or PromptPay through Stripe; answers the checkout's public id. */
    private static String place(ShopperSession shopper, String form) {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("cartId", field(form, "cartId"));
        order.put("idempotencyKey", field(form, "idempotencyKey"));
        order.put("email", "somchai@example.com");
        order.put("recipientName", "สมชาย ใจดี");
        order.put("phone", "081-234-5678");
        order.put("addressLine", "99 หมู่ 4");
        order.put("subdistrict", "สลักได");
        order.put("district", "เมืองสุรินทร์");
        order.put("provinceId", "32");
        order.put("postcode", "32000");
        order.put("paymentMethod", "STRIPE");
        HttpResponse<String> placed = shopper.post("/checkout", order);
        String location = placed.header(HttpHeaders.LOCATION);
        assertTrue(location != null && location.matches("/checkout/[0-9a-z]+/pay"), location + body(placed));
        return location.replace("/checkout/", "").replace("/pay", "");
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }
}
