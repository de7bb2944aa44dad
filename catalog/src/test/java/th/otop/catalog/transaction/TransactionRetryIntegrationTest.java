package th.otop.catalog.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.catalog.CatalogMother.draft;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.RealServices;

/** Real deadlocks on real rows: two transactions lock two products in opposite orders at the same moment. */
@MicronautTest(transactional = false)
class TransactionRetryIntegrationTest implements RealServices {
    @Inject
    TransactionRetry retry;

    @Inject
    JdbcOperations jdbc;

    @Inject
    MeterRegistry meters;

    @Inject
    CatalogMother mother;

    @Inject
    TransactionOperations<Connection> transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterAll
    void stopThreads() {
        threads.shutdown();
    }

    @Test
    void aDeadlockedTransactionRunsAgainAndBothCommitAndTheRetryIsCounted() throws Exception {
        List<ProductId> pair = twoProducts();
        double before = retries("deadlock");
        CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
        AtomicInteger tries = new AtomicInteger();
        long first = versionOf(pair.get(0));
        long second = versionOf(pair.get(1));
        CompletableFuture<Void> forward = CompletableFuture.runAsync(
                () -> retry.write("test", () -> lockBoth(pair.get(0), pair.get(1), bothHoldTheirFirstLock, tries)),
                threads);
        CompletableFuture<Void> backward = CompletableFuture.runAsync(
                () -> retry.write("test", () -> lockBoth(pair.get(1), pair.get(0), bothHoldTheirFirstLock, tries)),
                threads);
        forward.get(60, TimeUnit.SECONDS);
        backward.get(60, TimeUnit.SECONDS);

        assertEquals(3, tries.get(), "the database rolled one back, which ran once more");
        assertEquals(1.0, retries("deadlock") - before);
        assertEquals(first + 2, versionOf(pair.get(0)), "both transactions' updates of each row committed");
        assertEquals(second + 2, versionOf(pair.get(1)));
    }

    @Test
    void aConflictThatKeepsHappeningFailsAfterTheLastTry() {
        List<ProductId> pair = twoProducts();
        AtomicInteger tries = new AtomicInteger();
        // a row held by another connection for longer than this transaction will wait, on every try
        CompletableFuture<Void> holder = new CompletableFuture<>();
        CompletableFuture<Void> locked = new CompletableFuture<>();
        CompletableFuture<Void> holding = CompletableFuture.runAsync(
                () -> retry.write("holder", () -> {
                    bump(pair.get(0));
                    locked.complete(null);
                    holder.join();
                    return null;
                }),
                threads);
        // only once the other connection holds the row can every try of this one time out
        locked.orTimeout(30, TimeUnit.SECONDS).join();
        try {
            DataAccessException e = assertThrows(
                    DataAccessException.class,
                    () -> retry.write("test", () -> {
                        tries.incrementAndGet();
                        jdbc.execute(c -> c.createStatement().execute("SET SESSION innodb_lock_wait_timeout = 1"));
                        bump(pair.get(0));
                        return null;
                    }));
            assertEquals("lock-wait-timeout", TransactionRetry.conflict(e).orElseThrow());
            assertEquals(8, tries.get(), "bounded: the default of 8 tries");
        } finally {
            holder.complete(null);
            holding.join();
        }
    }

    @Test
    void insideAnOpenTransactionTheWorkRunsOnceAndTheConflictGoesToTheBoundary() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException deadlock = new DataAccessException(
                "deadlock", new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        assertTrue(TransactionRetry.conflict(deadlock).isPresent());
        assertThrows(
                DataAccessException.class,
                () -> retry.write(
                        "outer",
                        () -> retry.run("inner", () -> {
                            tries.incrementAndGet();
                            if (tries.get() < 100) {
                                throw deadlock;
                            }
                            return null;
                        })));
        assertEquals(8, tries.get(), "only the outer boundary retried; the inner work ran once per outer try");
    }

    private List<ProductId> twoProducts() {
        ProducerId producer = mother.verifiedProducer("กลุ่มทอผ้าบ้านนาข่า", 41, ProducerKind.OCCUPATIONAL_GROUP);
        return List.of(
                mother.published(producer, draft("ผ้าขาวม้า", "Loincloth", Category.CLOTH, 20_000, 5)),
                mother.published(producer, draft("ผ้าซิ่น", "Tube skirt", Category.CLOTH, 90_000, 5)));
    }

    private Void lockBoth(ProductId first, ProductId second, CyclicBarrier barrier, AtomicInteger tries) {
        int attempt = tries.incrementAndGet();
        bump(first);
        if (attempt <= 2) {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        bump(second);
        return null;
    }

    private void bump(ProductId product) {
        jdbc.prepareStatement("UPDATE product SET version = version + 1 WHERE id = ?", ps -> {
            ps.setLong(1, product.value());
            return ps.executeUpdate();
        });
    }

    private long versionOf(ProductId product) {
        return transactions.executeRead(
                status -> jdbc.prepareStatement("SELECT version FROM product WHERE id = ?", ps -> {
                    ps.setLong(1, product.value());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    private double retries(String cause) {
        return meters.find(TransactionRetry.METRIC).tag("operation", "test").tag("cause", cause).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
