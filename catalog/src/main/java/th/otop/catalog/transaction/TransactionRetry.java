package th.otop.catalog.transaction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a whole transaction again when the database rolled it back to settle a lock conflict: a deadlock (1213) or a
 * lock wait timeout (1205). Those are the database's own decision to undo the transaction, so running it again from its
 * start is correct for work that checks its own preconditions (checkout by its idempotency key, the relay by its
 * outbox rows). A bounded number of tries, each after a random wait up to an exponentially growing cap (full jitter),
 * so the transactions that collided do not collide again in step. Every retry is counted in
 * {@value #METRIC} (Prometheus: {@code otop_tx_retries_total}) by operation and cause.
 *
 * <p>Only the outermost boundary retries: inside an open transaction the work runs once and the conflict goes up to
 * the boundary, since the database has already undone the enclosing transaction's earlier statements too.
 *
 * <p>The lock order every transaction that touches product, stock, reservation and outbox rows keeps (see the package
 * description) makes deadlocks rare; a retry covers the rest, such as the gap locks of unique-index checks, which no
 * order of statements avoids entirely.
 */
@Singleton
public class TransactionRetry {
    public static final String METRIC = "otop.tx.retries";
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;

    /**
     * A write transaction at READ COMMITTED, which takes no gap locks: a locking read locks the rows it returns and no
     * ranges, so a sweep's or a relay's {@code SKIP LOCKED} scan never blocks another transaction's inserts, and a
     * checkout, which reads nothing it has not locked or written itself, needs nothing more.
     */
    public static final TransactionDefinition READ_COMMITTED = readCommitted();

    private final TransactionOperations<Connection> transactions;
    private final MeterRegistry meters;
    private final int maxAttempts;
    private final Duration firstWait;
    private final Duration maxWait;

    TransactionRetry(
            TransactionOperations<Connection> transactions,
            MeterRegistry meters,
            @Value("${otop.tx.max-attempts:8}") int maxAttempts,
            @Value("${otop.tx.first-wait:5ms}") Duration firstWait,
            @Value("${otop.tx.max-wait:250ms}") Duration maxWait) {
        this.transactions = transactions;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
    }

    /** Runs {@code work} (which opens its own transaction) until it commits, or a non-conflict error, or the last try. */
    public <T> T run(String operation, Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                Optional<String> cause = conflict(e);
                if (cause.isEmpty() || attempt >= maxAttempts) {
                    throw e;
                }
                meters.counter(METRIC, "operation", operation, "cause", cause.get())
                        .increment();
                LOG.debug("{} lost a lock conflict ({}), try {} of {}", operation, cause.get(), attempt, maxAttempts);
                pause(attempt);
            }
        }
    }

    /** Runs {@code work} in a {@link #READ_COMMITTED} transaction of its own, retried as {@link #run(String, Supplier)}. */
    public <T> T write(String operation, Supplier<T> work) {
        return run(operation, () -> transactions.execute(READ_COMMITTED, status -> work.get()));
    }

    /** "deadlock" or "lock-wait-timeout" when the database undid the transaction over a lock conflict. */
    public static Optional<String> conflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getErrorCode() == ER_LOCK_DEADLOCK) {
                    return Optional.of("deadlock");
                }
                if (sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT) {
                    return Optional.of("lock-wait-timeout");
                }
            }
        }
        return Optional.empty();
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    private void pause(int attempt) {
        long cap = Math.min(maxWait.toNanos(), firstWait.toNanos() << Math.min(attempt - 1, 20));
        try {
            TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between tries of a transaction", e);
        }
    }
}
