package th.otop.catalog.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class StockIntegrationTest implements RealServices {
    @Inject
    Stock stock;

    @Inject
    Products products;

    @Inject
    StockMovements movements;

    @Inject
    CatalogMother mother;

    private ProductId productWithStock(int units) {
        ProducerId producer = mother.verifiedProducer("กลุ่มทอผ้าบ้านนา", 32, ProducerKind.OCCUPATIONAL_GROUP);
        return mother.published(
                producer, CatalogMother.draft("ผ้าขาวม้า", "Pha khao ma", Category.CLOTH, 25_000, units));
    }

    @Test
    void twoBuyersRaceForTheLastUnitAndExactlyOneGetsIt() throws Exception {
        ProductId last = productWithStock(1);
        List<Boolean> outcomes = race(2, () -> stock.reserve(last, 1, "race"));
        assertEquals(1, outcomes.stream().filter(b -> b).count());
        assertEquals(0, products.find(last).orElseThrow().stock());
    }

    @Test
    void manyBuyersNeverTakeMoreThanThereIs() throws Exception {
        ProductId product = productWithStock(50);
        List<Boolean> outcomes = race(200, () -> stock.reserve(product, 1, "crowd"));
        assertEquals(50, outcomes.stream().filter(b -> b).count());
        assertEquals(0, products.find(product).orElseThrow().stock());
        long sold = movements.history(product).stream()
                .filter(m -> m.reason() == MovementReason.SALE)
                .mapToInt(StockMovement::delta)
                .sum();
        assertEquals(-50, sold, "every sale is in the history");
    }

    @Test
    void releaseReturnsUnitsAndRecordsWhy() {
        ProductId product = productWithStock(3);
        assertTrue(stock.reserve(product, 3, "order-1"));
        assertFalse(stock.reserve(product, 1, "order-2"));
        stock.release(product, 2, MovementReason.CANCELLATION, "order-1");
        assertEquals(2, products.find(product).orElseThrow().stock());
        assertEquals(
                MovementReason.CANCELLATION, movements.history(product).get(0).reason());
    }

    private static List<Boolean> race(int buyers, Callable<Boolean> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(buyers, 32));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> futures = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return attempt.call();
            }));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        return outcomes;
    }
}
