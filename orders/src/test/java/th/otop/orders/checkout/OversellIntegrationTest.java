package th.otop.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.payment.PaymentMethod;

@MicronautTest(transactional = false)
class OversellIntegrationTest implements RealServices {
    static final int STOCK = 50;
    static final int ATTEMPTS = 1_000;
    static final int THREADS = 32;

    @Inject
    ApplicationContext context;

    @Inject
    Checkouts checkouts;

    @Inject
    Carts carts;

    @Test
    void aThousandBuyersOnThirtyTwoThreadsBuyExactlyTheFiftyUnitsThereAre() throws Exception {
        TestShop shop = new TestShop(context);
        ProducerId producer = shop.producer(false);
        ProductId lastScarves = shop.product(producer, 45_000, STOCK);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            Buyer buyer = TestShop.newBuyer();
            Cart cart = carts.add(buyer, lastScarves, 1);
            attempts.add(() -> {
                try {
                    checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.PROMPTPAY));
                    return true;
                } catch (OutOfStockException soldOut) {
                    return false;
                }
            });
        }
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger outOfStock = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        try {
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                (result.get() ? sold : outOfStock).incrementAndGet();
            }
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%d checkout attempts on %d threads in %d ms%n", ATTEMPTS, THREADS, millis);

        int remaining = shop.stockOf(lastScarves);
        int reserved =
                shop.queryInt("SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN orders o ON o.id=l.order_id "
                        + "WHERE l.product_id=" + lastScarves.value() + " AND o.status='PENDING_PAYMENT'");
        assertEquals(STOCK, sold.get());
        assertEquals(ATTEMPTS - STOCK, outOfStock.get());
        assertEquals(0, remaining);
        assertTrue(remaining >= 0);
        // nothing is paid yet, so every unit sold is still reserved
        assertEquals(STOCK, reserved + remaining);
        assertEquals(
                -STOCK,
                shop.queryInt("SELECT SUM(delta) FROM stock_movement WHERE reason='SALE' AND product_id="
                        + lastScarves.value()));
    }
}
