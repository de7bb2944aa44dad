package th.otop.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.cart.LineKey;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.promptpay.PromptPayId;
import th.otop.orders.payment.promptpay.PromptPayPayload;

@MicronautTest(transactional = false)
class CheckoutIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Checkouts checkouts;

    @Inject
    CheckoutPayments payments;

    @Inject
    Carts carts;

    @Inject
    CheckoutOptions options;

    @Inject
    ShippingRates shipping;

    TestShop shop;
    ProducerId silk;
    ProducerId herbs;

    @BeforeAll
    void shop() {
        shop = new TestShop(context);
        silk = shop.producer(false);
        herbs = shop.producer(true);
    }

    @AfterEach
    void ledgerBalances() {
        shop.assertLedgerBalances();
    }

    @Test
    void oneCheckoutBecomesOneOrderPerProducerPricedFromTheDatabase() {
        ProductId scarf = shop.product(silk, 45_000, 10, 400, Category.CLOTH);
        ProductId tea = shop.product(herbs, 12_000, 10, 100, Category.HERBAL);
        Buyer buyer = TestShop.newBuyer();
        carts.add(buyer, scarf, 2);
        Cart cart = carts.add(buyer, tea, 3);
        Map<ProducerId, Long> quoted = options.shippingFees(cart);

        Checkout checkout = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY));

        assertEquals(2, checkout.orders().size());
        Order silkOrder = orderOf(checkout, silk);
        Order herbOrder = orderOf(checkout, herbs);
        assertEquals(90_000, silkOrder.itemsSatang());
        assertEquals(shipping.feeSatang(800), silkOrder.shippingSatang());
        assertEquals(36_000, herbOrder.itemsSatang());
        assertEquals(shipping.feeSatang(300), herbOrder.shippingSatang());
        assertEquals(Map.of(silk, silkOrder.shippingSatang(), herbs, herbOrder.shippingSatang()), quoted);
        assertEquals(126_000, checkout.itemsSatang());
        assertEquals(silkOrder.totalSatang() + herbOrder.totalSatang(), checkout.totalSatang());
        assertEquals(4_500, silkOrder.feeSatang(), "5 % platform fee on the goods");
        assertTrue(checkout.orders().stream().allMatch(o -> o.status() == OrderStatus.PENDING_PAYMENT));
        assertEquals(8, shop.stockOf(scarf));
        assertEquals(7, shop.stockOf(tea));
        assertTrue(carts.cartOf(buyer).isEmpty(), "the buyer gets a fresh cart");
    }

    @Test
    void whenOneLineIsShortNothingIsReservedAndTheShortLineIsNamed() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        ProductId tea = shop.product(herbs, 12_000, 2);
        Buyer buyer = TestShop.newBuyer();
        carts.add(buyer, scarf, 3);
        Cart cart = carts.add(buyer, tea, 3);

        OutOfStockException refused = assertThrows(
                OutOfStockException.class,
                () -> checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY)));

        assertEquals(
                List.of(tea),
                refused.shortages().stream().map(s -> s.productId()).toList());
        assertEquals(2, refused.shortages().get(0).available());
        assertEquals(10, shop.stockOf(scarf), "the reservation of the other line was rolled back");
        assertEquals(2, shop.stockOf(tea));
        assertEquals(
                0,
                shop.queryInt("SELECT COUNT(*) FROM checkout WHERE cart_id="
                        + cart.id().value()));
        assertEquals(2, carts.cartOf(buyer).lines().size(), "the cart is still open to fix and retry");
    }

    @Test
    void theSameKeyForTheSameCartReturnsTheSameCheckout() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 1);
        String key = TestShop.newKey();

        Checkout first = checkouts.place(shop.request(buyer, cart, key, PaymentMethod.PROMPTPAY));
        Checkout retry = checkouts.place(shop.request(buyer, cart, key, PaymentMethod.PROMPTPAY));

        assertEquals(first.id(), retry.id());
        assertEquals(9, shop.stockOf(scarf));
    }

    @Test
    void theSameKeyForAnotherCartIsRefused() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        String key = TestShop.newKey();
        checkouts.place(shop.request(buyer, carts.add(buyer, scarf, 1), key, PaymentMethod.PROMPTPAY));
        Cart next = carts.add(buyer, scarf, 2);

        assertThrows(
                IdempotencyKeyReusedException.class,
                () -> checkouts.place(shop.request(buyer, next, key, PaymentMethod.PROMPTPAY)));
        assertEquals(9, shop.stockOf(scarf));
    }

    @Test
    void aHundredConcurrentDuplicatesCreateExactlyOneCheckout() throws Exception {
        ProductId scarf = shop.product(silk, 45_000, 500);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 2);
        String key = TestShop.newKey();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Callable<Checkout>> duplicates = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            duplicates.add(() -> checkouts.place(shop.request(buyer, cart, key, PaymentMethod.PROMPTPAY)));
        }
        Set<CheckoutId> ids;
        try {
            List<Checkout> results = new ArrayList<>();
            for (Future<Checkout> f : pool.invokeAll(duplicates)) {
                results.add(f.get());
            }
            ids = results.stream().map(Checkout::id).collect(Collectors.toSet());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, ids.size(), "every duplicate got the same checkout");
        assertEquals(1, shop.queryInt("SELECT COUNT(*) FROM checkout WHERE idempotency_key='" + key + "'"));
        assertEquals(498, shop.stockOf(scarf), "reserved once");
    }

    @Test
    void cashOnDeliveryOnlyWhereEveryProducerAcceptsIt() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        ProductId tea = shop.product(herbs, 12_000, 10);
        Buyer buyer = TestShop.newBuyer();
        Cart mixed = carts.add(buyer, scarf, 1);
        mixed = carts.add(buyer, tea, 1);
        assertEquals(List.of(PaymentMethod.PROMPTPAY), options.paymentMethods(mixed));
        Cart refusedCart = mixed;
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> checkouts.place(
                        shop.request(buyer, refusedCart, TestShop.newKey(), PaymentMethod.CASH_ON_DELIVERY)));
        assertTrue(refused.errors().get(0).messageEn().contains("does not accept cash on delivery"));
        assertEquals(10, shop.stockOf(scarf));

        carts.remove(buyer, new LineKey(scarf, null));
        Cart herbsOnly = carts.cartOf(buyer);
        assertEquals(
                List.of(PaymentMethod.PROMPTPAY, PaymentMethod.CASH_ON_DELIVERY), options.paymentMethods(herbsOnly));
        Checkout cod =
                checkouts.place(shop.request(buyer, herbsOnly, TestShop.newKey(), PaymentMethod.CASH_ON_DELIVERY));
        assertEquals(null, cod.orders().get(0).expiresAt(), "nothing to wait for: the courier collects");
        assertTrue(payments.instructions(buyer, cod.publicId()) instanceof PaymentInstructions.CashOnDelivery);
    }

    @Test
    void aBadAddressIsRefusedFieldByFieldAndNothingIsSaved() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 1);
        PlaceOrder bad = new PlaceOrder(
                buyer,
                cart.id(),
                TestShop.newKey(),
                "not-an-email",
                new ShippingAddress(" ", "12345", "", "ในเมือง", "เมือง", 99, "3200"),
                PaymentMethod.PROMPTPAY);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> checkouts.place(bad));

        Set<String> fields = refused.errors().stream().map(e -> e.field()).collect(Collectors.toSet());
        assertEquals(Set.of("email", "recipientName", "phone", "addressLine", "postcode", "provinceId"), fields);
        assertTrue(refused.errors().stream()
                .allMatch(e -> !e.messageTh().isBlank() && !e.messageEn().isBlank()));
        assertEquals(10, shop.stockOf(scarf));
    }

    @Test
    void aPostcodeFromAnotherProvinceIsRefused() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 1);
        PlaceOrder chiangMaiPostcodeInSurin = new PlaceOrder(
                buyer,
                cart.id(),
                TestShop.newKey(),
                "buyer@example.org",
                new ShippingAddress("สมหญิง ใจดี", "0812345678", "99/1", "ในเมือง", "เมืองสุรินทร์", 32, "50000"),
                PaymentMethod.PROMPTPAY);
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> checkouts.place(chiangMaiPostcodeInSurin));
        assertEquals("postcode", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).messageEn().contains("not in the chosen province"));
        assertEquals(10, shop.stockOf(scarf));
    }

    @Test
    void theChargedTotalIsTheDatabaseTotalWhateverTheClientSaw() {
        ProductId scarf = shop.product(silk, 45_000, 10, 300, Category.CLOTH);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 2);
        // the request type has no price, total or quantity a client could set; the only amounts are the database's
        assertTrue(List.of(PlaceOrder.class.getRecordComponents()).stream()
                .noneMatch(c -> c.getType() == long.class || c.getType() == int.class));

        Checkout checkout = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY));

        long expected = 2 * 45_000 + shipping.feeSatang(600);
        assertEquals(expected, checkout.totalSatang());
        PaymentInstructions.PromptPayCodes codes =
                (PaymentInstructions.PromptPayCodes) payments.instructions(buyer, checkout.publicId());
        assertEquals(expected, codes.codes().get(0).amountSatang());
    }

    @Test
    void thePromptPayCodeOfAnOrderPaysTheProducersIdTheExactAmount() {
        ProductId scarf = shop.product(silk, 45_050, 10, 300, Category.CLOTH);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 1);
        Checkout checkout = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY));
        Order order = checkout.orders().get(0);

        PaymentInstructions.PromptPayCodes codes =
                (PaymentInstructions.PromptPayCodes) payments.instructions(buyer, checkout.publicId());

        PaymentInstructions.PromptPayCodes.Code code = codes.codes().get(0);
        assertEquals(order.publicId(), code.orderPublicId());
        assertEquals(
                PromptPayPayload.build(PromptPayId.parse(TestShop.PROMPTPAY_MOBILE), order.totalSatang()),
                code.payload());
        assertTrue(code.payload().contains("01130066812345678"), "tag 29 carries the producer's mobile number");
        // baht with two decimals, written independently of the payload builder
        String amount = BigDecimal.valueOf(order.totalSatang(), 2).toPlainString();
        assertTrue(code.payload().contains("54" + String.format("%02d", amount.length()) + amount));
        assertTrue(code.pngDataUri().startsWith("data:image/png;base64,"));
        assertNotNull(checkout.publicId());
    }

    @Test
    void anotherBuyerCannotSeeOrPayTheCheckout() {
        Checkout checkout = shop.buy(shop.product(silk, 45_000, 10), 1, PaymentMethod.PROMPTPAY);
        Buyer stranger = TestShop.newBuyer();
        assertThrows(InvalidInputException.class, () -> checkouts.forBuyer(stranger, checkout.publicId()));
        assertThrows(InvalidInputException.class, () -> payments.instructions(stranger, checkout.publicId()));
        assertFalse(checkout.orders().isEmpty());
    }

    private static Order orderOf(Checkout checkout, ProducerId producer) {
        return checkout.orders().stream()
                .filter(o -> o.producerId().equals(producer))
                .findFirst()
                .orElseThrow();
    }
}
