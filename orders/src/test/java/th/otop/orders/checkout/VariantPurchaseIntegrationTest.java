package th.otop.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.product.VariantDraft;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.CartLine;
import th.otop.orders.cart.Carts;
import th.otop.orders.cart.LineKey;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderLine;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.order.ReservationExpiry;
import th.otop.orders.payment.PaymentMethod;

/** Buying a variant (size, colour): its own price and stock, through the same all-or-nothing checkout. */
@MicronautTest(transactional = false)
class VariantPurchaseIntegrationTest implements RealServices {
    static final long TTL_MILLIS = 1_500;

    @Inject
    ApplicationContext context;

    @Inject
    Checkouts checkouts;

    @Inject
    Carts carts;

    @Inject
    Products products;

    @Inject
    Orders orders;

    @Inject
    ReservationExpiry expiry;

    TestShop shop;
    ProducerId weavers;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(RealServices.super.getProperties());
            properties.put("otop.orders.reservation-ttl", TTL_MILLIS + "ms");
            properties.put("otop.orders.expiry-interval", "1h");
        }
        return properties;
    }

    @BeforeAll
    void shop() {
        shop = new TestShop(context);
        weavers = shop.producer(true);
    }

    @AfterEach
    void ledgerBalances() {
        shop.assertLedgerBalances();
    }

    @Test
    void twentyUnitsOfOneSizeGoToExactlyTwentyOfTwoHundredBuyersOnSixteenThreads() throws Exception {
        ProductId shirt = shop.product(weavers, 30_000, 0);
        long small = shop.variant(weavers, shirt, "ไซซ์ S", 32_000, 20);
        long large = shop.variant(weavers, shirt, "ไซซ์ L", 35_000, 5);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Buyer buyer = TestShop.newBuyer();
            Cart cart = carts.add(buyer, new LineKey(shirt, small), 1);
            attempts.add(() -> {
                try {
                    checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY));
                    return true;
                } catch (OutOfStockException soldOut) {
                    return false;
                }
            });
        }
        int sold = 0;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                sold += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(20, sold);
        assertEquals(0, shop.variantStockOf(small));
        assertEquals(5, shop.variantStockOf(large), "the other size is untouched");
        assertEquals(0, shop.stockOf(shirt), "the product's own stock is not used");
        assertEquals(
                20,
                shop.queryInt("SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN orders o ON o.id=l.order_id "
                        + "WHERE o.status='PENDING_PAYMENT' AND l.variant_id=" + small));
        assertEquals(
                -20,
                shop.queryInt("SELECT SUM(delta) FROM stock_movement WHERE reason='SALE' AND product_id="
                        + shirt.value() + " AND reference LIKE '% variant:" + small + "'"));
    }

    @Test
    void aCheckoutWithOneShortVariantReservesNothing() {
        ProductId shirt = shop.product(weavers, 30_000, 0);
        long small = shop.variant(weavers, shirt, "ไซซ์ S", 32_000, 1);
        long large = shop.variant(weavers, shirt, "ไซซ์ L", 35_000, 5);
        Buyer buyer = TestShop.newBuyer();
        carts.add(buyer, new LineKey(shirt, large), 2);
        Cart cart = carts.add(buyer, new LineKey(shirt, small), 2);
        assertEquals(2, cart.lines().size(), "two sizes of one product are two lines");

        OutOfStockException refused = assertThrows(
                OutOfStockException.class,
                () -> checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY)));

        assertEquals(1, refused.shortages().get(0).available());
        assertTrue(refused.shortages().get(0).title().contains("ไซซ์ S"), "the message names the size");
        assertEquals(1, shop.variantStockOf(small));
        assertEquals(5, shop.variantStockOf(large), "the line that fitted was not kept either");
    }

    @Test
    void theOrderStoresTheVariantAndTheCartFollowsItsPrice() {
        ProductId scarf = shop.product(weavers, 100_000, 0);
        long red = products.addVariant(weavers, scarf, new VariantDraft("สีแดงครั่ง", "Lac red", 130_000, 4, null));
        Buyer buyer = TestShop.newBuyer();
        CartLine line = carts.add(buyer, new LineKey(scarf, red), 2).lines().get(0);
        assertEquals(130_000, line.unitPriceSatang());
        assertEquals("Mudmee silk (Lac red)", line.title(Locale.ENGLISH));

        products.updateVariant(weavers, scarf, red, new VariantDraft("สีแดงครั่ง", "Lac red", 125_000, 4, null));
        Cart cart = carts.cartOf(buyer);
        assertEquals(125_000, cart.lines().get(0).unitPriceSatang(), "re-read from the variant");
        assertEquals(250_000, cart.itemsSatang());

        Checkout placed = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.CASH_ON_DELIVERY));
        OrderLine ordered =
                orders.ofCheckout(placed.id().value()).get(0).lines().get(0);
        assertEquals(red, ordered.variantId());
        assertEquals(125_000, ordered.unitPriceSatang());
        assertEquals("ผ้าไหมมัดหมี่ (สีแดงครั่ง)", ordered.title(Locale.forLanguageTag("th")));
        assertEquals(250_000, placed.itemsSatang());
        assertEquals(2, shop.variantStockOf(red));
    }

    @Test
    void cancellingAnOrderReturnsTheVariantsStock() {
        ProductId shirt = shop.product(weavers, 30_000, 0);
        long medium = shop.variant(weavers, shirt, "ไซซ์ M", 33_000, 6);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, new LineKey(shirt, medium), 4);
        Checkout placed = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.CASH_ON_DELIVERY));
        assertEquals(2, shop.variantStockOf(medium));

        Order order = orders.ofCheckout(placed.id().value()).get(0);
        assertEquals(
                OrderStatus.CANCELLED, orders.cancelByBuyer(buyer, order.id()).status());

        assertEquals(6, shop.variantStockOf(medium));
        assertEquals(
                4,
                shop.queryInt("SELECT delta FROM stock_movement WHERE reason='CANCELLATION' AND product_id="
                        + shirt.value() + " AND reference LIKE '% variant:" + medium + "'"));
    }

    @Test
    void anExpiredReservationReturnsTheVariantsStock() throws Exception {
        ProductId shirt = shop.product(weavers, 30_000, 0);
        long large = shop.variant(weavers, shirt, "ไซซ์ L", 35_000, 5);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, new LineKey(shirt, large), 3);
        Checkout unpaid = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY));
        assertEquals(2, shop.variantStockOf(large));

        Thread.sleep(TTL_MILLIS + 500);
        expiry.expireDue();

        assertEquals(
                OrderStatus.CANCELLED,
                orders.ofCheckout(unpaid.id().value()).get(0).status());
        assertEquals(5, shop.variantStockOf(large));
        assertEquals(
                3,
                shop.queryInt("SELECT delta FROM stock_movement WHERE reason='EXPIRY' AND product_id=" + shirt.value()
                        + " AND reference LIKE '% variant:" + large + "'"));
    }

    @Test
    void aVariantReservationMadeBeforeARestartStillExpiresAfterIt() throws Exception {
        long large;
        long checkoutId;
        try (ApplicationContext before = ApplicationContext.run(Map.<String, Object>copyOf(getProperties()))) {
            TestShop first = new TestShop(before);
            ProducerId producer = first.producer(false);
            ProductId shirt = first.product(producer, 30_000, 0);
            large = first.variant(producer, shirt, "ไซซ์ L", 35_000, 5);
            Buyer buyer = TestShop.newBuyer();
            Cart cart = before.getBean(Carts.class).add(buyer, new LineKey(shirt, large), 4);
            checkoutId = before.getBean(Checkouts.class)
                    .place(first.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY))
                    .id()
                    .value();
            assertEquals(1, first.variantStockOf(large));
        }
        Thread.sleep(TTL_MILLIS + 500);
        try (ApplicationContext after = ApplicationContext.run(Map.<String, Object>copyOf(getProperties()))) {
            after.getBean(ReservationExpiry.class).expireDue();
            assertEquals(5, new TestShop(after).variantStockOf(large));
            assertEquals(
                    OrderStatus.CANCELLED,
                    after.getBean(Orders.class).ofCheckout(checkoutId).get(0).status());
        }
    }

    @Test
    void aForeignOrRemovedVariantAHiddenProductAndAMissingChoiceAreRefused() {
        ProductId shirt = shop.product(weavers, 30_000, 0);
        long small = shop.variant(weavers, shirt, "ไซซ์ S", 32_000, 5);
        long large = shop.variant(weavers, shirt, "ไซซ์ L", 35_000, 5);
        ProductId bag = shop.product(weavers, 50_000, 5);
        long bagColour = shop.variant(weavers, shop.product(weavers, 60_000, 0), "สีคราม", 61_000, 5);
        Buyer buyer = TestShop.newBuyer();

        assertEquals(
                "variant", refusedField(() -> carts.add(buyer, new LineKey(shirt, null), 1)), "a choice is needed");
        assertEquals("variant", refusedField(() -> carts.add(buyer, new LineKey(shirt, bagColour), 1)));
        assertEquals("variant", refusedField(() -> carts.add(buyer, new LineKey(bag, small), 1)));
        assertTrue(carts.cartOf(buyer).isEmpty(), "nothing was added");

        carts.add(buyer, new LineKey(shirt, small), 1);
        carts.add(buyer, new LineKey(shirt, large), 1);
        products.removeVariant(weavers, shirt, large);
        assertThrows(InvalidInputException.class, () -> carts.add(buyer, new LineKey(shirt, large), 1));
        Cart cart = carts.cartOf(buyer);
        assertEquals(
                List.of(small), cart.lines().stream().map(CartLine::variantId).toList(), "the removed size left");

        products.hide(shirt, "ภาพไม่ตรงกับสินค้า");
        assertEquals("product", refusedField(() -> carts.add(buyer, new LineKey(shirt, small), 1)));
        assertFalse(carts.cartOf(buyer).lines().get(0).available());
        assertThrows(
                InvalidInputException.class,
                () -> checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY)));
        assertEquals(5, shop.variantStockOf(small), "nothing was reserved");
    }

    @Test
    void aLineAddedBeforeTheProductGotVariantsMustBeChosenAgain() {
        ProductId bag = shop.product(weavers, 50_000, 5);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, bag, 1);
        shop.variant(weavers, bag, "ใบเล็ก", 45_000, 3);

        CartLine line = carts.cartOf(buyer).lines().get(0);
        assertNull(line.variantId());
        assertTrue(line.variantMissing());
        assertFalse(line.available());
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY)));
        assertEquals("product." + bag.value(), refused.errors().get(0).field());
        assertEquals(5, shop.stockOf(bag));
    }

    private static String refusedField(Runnable attempt) {
        return assertThrows(InvalidInputException.class, attempt::run)
                .errors()
                .get(0)
                .field();
    }
}
