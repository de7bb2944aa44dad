package th.otop.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.search.ProductIndexer;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.DatabaseFigures;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.order.ReservationExpiry;
import th.otop.orders.payment.PaymentMethod;

/**
 * Many buyers on few products, each cart holding several of them in a random order, while the search relay drains the
 * outbox and the reservation sweep returns expired stock: the transactions that lock product, stock, reservation and
 * outbox rows all meet. No buyer may get an error, and every unit must be accounted for.
 */
@MicronautTest(transactional = false)
class CheckoutContentionIntegrationTest implements RealServices {
    static final int THREADS = 32;
    static final int ATTEMPTS = 1_200;
    static final int PRODUCTS = 4;
    static final int STOCK = 100_000;

    @Inject
    ApplicationContext context;

    @Inject
    Checkouts checkouts;

    @Inject
    Carts carts;

    @Inject
    ReservationExpiry expiry;

    @Inject
    ProductIndexer indexer;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(RealServices.super.getProperties());
            properties.put("datasources.default.maximum-pool-size", "40");
            // the relay drains as often as it can, so its batches overlap the checkouts
            properties.put("otop.search.indexer-interval", "20ms");
            properties.put("otop.search.batch-size", "50");
            // reservations expire during the run, and the test sweeps them itself, side by side with the checkouts
            properties.put("otop.orders.reservation-ttl", "1s");
            properties.put("otop.orders.expiry-interval", "1h");
        }
        return properties;
    }

    @Test
    void thirtyTwoThreadsCheckingOutTheSameFourProductsNeverFailAndNeverOversell() throws Exception {
        TestShop shop = new TestShop(context);
        ProducerId weavers = shop.producer(true);
        ProducerId potters = shop.producer(true);
        List<ProductId> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            products.add(shop.product(i % 2 == 0 ? weavers : potters, 45_000 + i, STOCK));
        }
        List<Callable<Void>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            Buyer buyer = TestShop.newBuyer();
            // two to four of the products, added in a random order so carts disagree on which comes first
            List<ProductId> picked = new ArrayList<>(products);
            Collections.shuffle(picked);
            Cart cart = null;
            for (ProductId p : picked.subList(0, 2 + ThreadLocalRandom.current().nextInt(PRODUCTS - 1))) {
                cart = carts.add(buyer, p, 1 + ThreadLocalRandom.current().nextInt(2));
            }
            PlaceOrder request = shop.request(
                    buyer,
                    cart,
                    TestShop.newKey(),
                    i % 3 == 0 ? PaymentMethod.CASH_ON_DELIVERY : PaymentMethod.PROMPTPAY);
            attempts.add(() -> {
                checkouts.place(request);
                return null;
            });
        }
        DatabaseFigures before = DatabaseFigures.read(context);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger expired = new AtomicInteger();
        Thread sweeper = new Thread(() -> {
            while (running.get()) {
                expired.addAndGet(expiry.expireDue());
            }
        });
        sweeper.start();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        int placed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Void> result : pool.invokeAll(attempts)) {
                try {
                    result.get();
                    placed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.add(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
            running.set(false);
            sweeper.join();
        }
        expired.addAndGet(expiry.expireDue());
        indexer.drainAll();
        DatabaseFigures after = DatabaseFigures.read(context);

        System.out.printf(
                "Contention: %d checkouts on %d threads over %d products, %d failed; %d orders expired meanwhile; "
                        + "transaction retries %s; deadlocks seen by the database %d, the latest between: %s%n",
                placed,
                THREADS,
                PRODUCTS,
                errors.size(),
                expired.get(),
                after.retriesSince(before),
                after.deadlocks() - before.deadlocks(),
                after.lastDeadlock().equals(before.lastDeadlock()) ? "-" : after.lastDeadlockStatements());
        errors.stream().limit(3).forEach(Throwable::printStackTrace);
        assertEquals(List.of(), errors.stream().map(Throwable::toString).toList(), "no buyer gets an error");
        assertEquals(ATTEMPTS, placed);
        for (ProductId p : products) {
            long held = shop.queryLong("SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN orders o "
                    + "ON o.id = l.order_id WHERE o.status <> 'CANCELLED' AND l.product_id = " + p.value());
            long remaining = shop.stockOf(p);
            assertTrue(remaining >= 0, "never below zero");
            assertEquals(STOCK, held + remaining, "initial = sold + reserved + remaining for product " + p.value());
            assertEquals(
                    remaining,
                    shop.queryLong("SELECT SUM(delta) FROM stock_movement WHERE product_id = " + p.value()),
                    "the stock history adds up to the stock");
        }
        // the scheduled relay may hold a claimed batch while this drain finds nothing to claim: wait for its lease
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (indexer.pending() > 0 && System.nanoTime() < until) {
            Thread.sleep(200);
            indexer.drainAll();
        }
        assertEquals(0, indexer.pending(), "the relay drained every change");
        shop.assertLedgerBalances();
    }
}
