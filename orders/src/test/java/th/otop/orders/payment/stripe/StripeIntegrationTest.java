package th.otop.orders.payment.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.CheckoutPayments;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.PaymentFlag;
import th.otop.orders.checkout.PaymentStatus;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.ledger.PayoutBatch;
import th.otop.orders.ledger.PayoutLine;
import th.otop.orders.ledger.PayoutReport;
import th.otop.orders.ledger.Payouts;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.order.Refund;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;

/** Stripe's servers are a WireMock stub with recorded-style responses; webhooks are signed with a real secret. */
@MicronautTest(transactional = false)
class StripeIntegrationTest implements RealServices {
    static final String INTENT_ID = "pi_3QdJv2LkdIwHu7ix0Ru8XnYp";

    @Inject
    ApplicationContext context;

    @Inject
    StripeWebhooks webhooks;

    @Inject
    Checkouts checkouts;

    @Inject
    CheckoutPayments payments;

    @Inject
    Carts carts;

    @Inject
    Orders orders;

    @Inject
    Ledger ledger;

    @Inject
    Payouts payouts;

    private WireMockServer stripe;
    private Map<String, String> properties;
    private TestShop shop;
    private ProducerId producer;
    private ProductId scarf;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            stripe.start();
            properties = new HashMap<>(RealServices.super.getProperties());
            properties.put("otop.stripe.secret-key", "sk_test_51QdJv2LkdIwHu7ixTestOnly");
            properties.put("otop.stripe.publishable-key", "pk_test_51QdJv2LkdIwHu7ixTestOnly");
            properties.put("otop.stripe.webhook-secret", StripeEvents.WEBHOOK_SECRET);
            properties.put("otop.stripe.api-base", stripe.baseUrl());
        }
        return properties;
    }

    @BeforeAll
    void shop() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_Xq1Lm8Zt2Vb4Nc")
                        .withBody(StripeEvents.resource("payment_intent_created.json"))));
        stripe.stubFor(post(urlEqualTo("/v1/refunds"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(StripeEvents.resource("refund_created.json"))));
        shop = new TestShop(context);
        producer = shop.producer(false);
        scarf = shop.product(producer, 45_000, 10_000);
    }

    @AfterEach
    void ledgerBalances() {
        shop.assertLedgerBalances();
    }

    @AfterAll
    void stopStub() {
        stripe.stop();
    }

    @Test
    void theCheckoutTotalBecomesAPaymentIntentInBahtForCardAndPromptPay() {
        Buyer buyer = TestShop.newBuyer();
        Checkout checkout = place(buyer);
        assertEquals(
                List.of(PaymentMethod.STRIPE),
                context.getBean(th.otop.orders.checkout.CheckoutOptions.class)
                        .paymentMethods(carts.add(buyer, scarf, 1)));

        PaymentInstructions.StripeIntent intent =
                (PaymentInstructions.StripeIntent) payments.instructions(buyer, checkout.publicId());

        assertEquals(INTENT_ID, intent.paymentIntentId());
        assertTrue(intent.clientSecret().startsWith(INTENT_ID + "_secret_"));
        var requests = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader(
                        "Idempotency-Key", equalTo("checkout-" + checkout.publicId() + "-" + checkout.totalSatang())));
        assertEquals(1, requests.size());
        String form = URLDecoder.decode(requests.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(form.contains("amount=" + checkout.totalSatang()), form);
        assertTrue(form.contains("currency=thb"), form);
        assertTrue(form.contains("payment_method_types[0]=card"), form);
        assertTrue(form.contains("payment_method_types[1]=promptpay"), form);
        assertTrue(form.contains("metadata[checkout]=" + checkout.publicId()), form);
    }

    @Test
    void aSignedSucceededEventMarksEveryOrderPaidAndTheMoneyIsOwedToTheProducer() {
        long balanceBefore = ledger.balanceOf(producer);
        Checkout checkout = place(TestShop.newBuyer());
        String payload = succeeded(checkout, "pi_paid_" + checkout.publicId(), checkout.totalSatang(), "thb");

        assertEquals(StripeWebhooks.Outcome.APPLIED, webhooks.handle(payload, StripeEvents.signNow(payload)));

        Order order = orders.ofCheckout(checkout.id().value()).get(0);
        assertEquals(OrderStatus.PAID, order.status());
        assertEquals(
                PaymentStatus.PAID,
                checkouts.forBuyer(buyerOf(checkout), checkout.publicId()).paymentStatus());
        long owed = order.totalSatang() - order.feeSatang();
        assertEquals(owed, ledger.balanceOf(producer) - balanceBefore);
        assertEquals(0, ledger.sumOfCheckout(checkout.id().value()));

        PayoutBatch batch = payouts.record(7, List.of(new PayoutLine(producer, owed, "KTB-20261124-0001")));
        PayoutReport report = payouts.report(producer);
        assertEquals(balanceBefore, report.balanceSatang());
        assertEquals(batch.payouts().get(0).id(), report.payouts().get(0).id());
    }

    @Test
    void forgedTamperedStaleAndFutureWebhooksAreRejected() {
        Checkout checkout = place(TestShop.newBuyer());
        String payload = succeeded(checkout, "pi_x_" + checkout.publicId(), checkout.totalSatang(), "thb");
        long now = Instant.now().getEpochSecond();
        String tampered = payload.replace("\"amount\": " + checkout.totalSatang(), "\"amount\": 100");

        int eventsBefore = shop.queryInt("SELECT COUNT(*) FROM stripe_event");
        List<Runnable> attacks = List.of(
                () -> webhooks.handle(payload, StripeEvents.sign(payload, "whsec_someone_else", now)),
                () -> webhooks.handle(tampered, StripeEvents.sign(payload, StripeEvents.WEBHOOK_SECRET, now)),
                () -> webhooks.handle(payload, StripeEvents.sign(payload, StripeEvents.WEBHOOK_SECRET, now - 301)),
                () -> webhooks.handle(payload, StripeEvents.sign(payload, StripeEvents.WEBHOOK_SECRET, now + 301)),
                () -> webhooks.handle(payload, null),
                () -> webhooks.handle(payload, "v1=deadbeef"));
        for (Runnable attack : attacks) {
            assertThrows(WebhookRejectedException.class, attack::run);
        }
        assertEquals(
                OrderStatus.PENDING_PAYMENT,
                orders.ofCheckout(checkout.id().value()).get(0).status());
        assertEquals(eventsBefore, shop.queryInt("SELECT COUNT(*) FROM stripe_event"), "no event was recorded");
        // a signature from a little while ago, within Stripe's tolerance, is fine
        assertEquals(
                StripeWebhooks.Outcome.APPLIED,
                webhooks.handle(payload, StripeEvents.sign(payload, StripeEvents.WEBHOOK_SECRET, now - 60)));
    }

    @Test
    void aHundredEventsDeliveredThreeTimesInAnyOrderApplyOnceAndNeverGoBack() throws Exception {
        List<Checkout> placed = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Checkout checkout = place(TestShop.newBuyer());
            placed.add(checkout);
            String intent = "pi_many_" + checkout.publicId();
            events.add(StripeEvents.paymentIntent(
                    "payment_intent.processing", intent, checkout.publicId(), checkout.totalSatang(), "thb"));
            events.add(succeeded(checkout, intent, checkout.totalSatang(), "thb"));
        }
        List<String> deliveries = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            deliveries.addAll(events);
        }
        Collections.shuffle(deliveries, new Random(20261124));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<StripeWebhooks.Outcome>> calls = new ArrayList<>();
        deliveries.forEach(payload -> calls.add(() -> webhooks.handle(payload, StripeEvents.signNow(payload))));
        Map<StripeWebhooks.Outcome, Integer> outcomes = new HashMap<>();
        try {
            for (Future<StripeWebhooks.Outcome> f : pool.invokeAll(calls)) {
                outcomes.merge(f.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(100, outcomes.get(StripeWebhooks.Outcome.APPLIED));
        assertEquals(200, outcomes.get(StripeWebhooks.Outcome.DUPLICATE));
        for (Checkout checkout : placed) {
            Order order = orders.ofCheckout(checkout.id().value()).get(0);
            assertEquals(OrderStatus.PAID, order.status(), "a late 'processing' never takes it back");
            assertEquals(
                    1,
                    orders.history(order.id()).stream()
                            .filter(e -> e.action().equals("CONFIRM_PAYMENT"))
                            .count());
            assertEquals(
                    3,
                    shop.queryInt("SELECT COUNT(*) FROM ledger_entry WHERE order_id="
                            + order.id().value()));
            assertEquals(
                    PaymentStatus.PAID,
                    checkouts.forBuyer(buyerOf(checkout), checkout.publicId()).paymentStatus());
        }
    }

    @Test
    void aFailedAttemptKeepsTheOrdersAndANewAttemptCanStillPay() {
        Buyer buyer = TestShop.newBuyer();
        Checkout checkout = place(buyer);
        // the id the stub gives every new intent, since the new attempt below asks for it again
        String intent = INTENT_ID;
        String failed = StripeEvents.paymentIntent(
                "payment_intent.payment_failed", intent, checkout.publicId(), checkout.totalSatang(), "thb");

        assertEquals(StripeWebhooks.Outcome.APPLIED, webhooks.handle(failed, StripeEvents.signNow(failed)));

        Checkout after = checkouts.forBuyer(buyer, checkout.publicId());
        assertEquals(PaymentStatus.FAILED, after.paymentStatus());
        assertEquals(OrderStatus.PENDING_PAYMENT, after.orders().get(0).status(), "the order and its stock stay");
        payments.instructions(buyer, checkout.publicId());
        assertEquals(
                PaymentStatus.AWAITING,
                checkouts.forBuyer(buyer, checkout.publicId()).paymentStatus(),
                "a new attempt");
        String paid = succeeded(checkout, intent, checkout.totalSatang(), "thb");
        webhooks.handle(paid, StripeEvents.signNow(paid));
        assertEquals(
                PaymentStatus.PAID,
                checkouts.forBuyer(buyer, checkout.publicId()).paymentStatus());
        webhooks.handle(failed.replace("evt_", "evt_late"), StripeEvents.signNow(failed.replace("evt_", "evt_late")));
        assertEquals(
                PaymentStatus.PAID,
                checkouts.forBuyer(buyer, checkout.publicId()).paymentStatus(),
                "a late failure never undoes a payment");
    }

    @Test
    void anAmountOrCurrencyOtherThanTheTotalFlagsTheCheckoutAndPaysNothing() {
        Checkout shortPaid = place(TestShop.newBuyer());
        String less = succeeded(shortPaid, "pi_less_" + shortPaid.publicId(), shortPaid.totalSatang() - 100, "thb");
        Checkout dollars = place(TestShop.newBuyer());
        String usd = succeeded(dollars, "pi_usd_" + dollars.publicId(), dollars.totalSatang(), "usd");

        webhooks.handle(less, StripeEvents.signNow(less));
        webhooks.handle(usd, StripeEvents.signNow(usd));

        for (Checkout checkout : List.of(shortPaid, dollars)) {
            Checkout after = checkouts.forBuyer(buyerOf(checkout), checkout.publicId());
            assertEquals(PaymentFlag.AMOUNT_MISMATCH, after.paymentFlag());
            assertEquals(PaymentStatus.AWAITING, after.paymentStatus());
            assertEquals(OrderStatus.PENDING_PAYMENT, after.orders().get(0).status());
            assertEquals(
                    0,
                    shop.queryInt("SELECT COUNT(*) FROM ledger_entry WHERE checkout_id="
                            + checkout.id().value()));
        }
    }

    @Test
    void aRefundAfterShippingGoesThroughStripesRefundApiWithAnIdempotencyKey() {
        Checkout checkout = place(TestShop.newBuyer());
        String intent = "pi_refund_" + checkout.publicId();
        String payload = succeeded(checkout, intent, checkout.totalSatang(), "thb");
        webhooks.handle(payload, StripeEvents.signNow(payload));
        Order order = orders.ofCheckout(checkout.id().value()).get(0);
        orders.accept(producer, order.id());
        orders.markPacked(producer, order.id());
        orders.markShipped(producer, order.id(), Carrier.KERRY, "KERDO123456789");

        Order refunded = orders.refund(producer, order.id(), Refund.all(order, "ผ้าขาด / torn"));

        assertEquals(OrderStatus.REFUNDED, refunded.status());
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-" + order.publicId() + "-0"))
                .withRequestBody(containing("payment_intent=" + intent))
                .withRequestBody(containing("amount=" + order.totalSatang())));
        assertEquals(
                -order.totalSatang(),
                shop.queryLong("SELECT SUM(amount_satang) FROM ledger_entry WHERE posting='REFUND' AND "
                        + "account='PLATFORM_CASH' AND order_id=" + order.id().value()));
    }

    @Test
    void cancellingAPaidOrderRefundsItInFullThroughStripe() {
        Checkout checkout = place(TestShop.newBuyer());
        String intent = "pi_cancel_" + checkout.publicId();
        String payload = succeeded(checkout, intent, checkout.totalSatang(), "thb");
        webhooks.handle(payload, StripeEvents.signNow(payload));
        Order order = orders.ofCheckout(checkout.id().value()).get(0);

        orders.cancelByBuyer(buyerOf(checkout), order.id());

        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", matching("refund-" + order.publicId() + "-0"))
                .withRequestBody(containing("amount=" + order.totalSatang())));
    }

    private Checkout place(Buyer buyer) {
        Cart cart = carts.add(buyer, scarf, 2);
        return checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.STRIPE));
    }

    private Buyer buyerOf(Checkout checkout) {
        return new Buyer(shop.queryString(
                "SELECT buyer_key FROM checkout WHERE id=" + checkout.id().value()));
    }

    private static String succeeded(Checkout checkout, String intent, long amount, String currency) {
        return StripeEvents.paymentIntent("payment_intent.succeeded", intent, checkout.publicId(), amount, currency);
    }
}
