package th.otop.catalog.search;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the search outbox into Elasticsearch in bulk, in every app instance. While Elasticsearch is
 * down it backs off exponentially (up to {@code otop.search.max-backoff}); nothing is lost, because the
 * outbox rows stay until their documents are indexed. A database error is not an Elasticsearch outage: it is
 * logged as such and the next scheduled run tries again, without backing off.
 */
@Singleton
public class ProductIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(ProductIndexer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final OutboxBatch batch;
    private final SearchSettings settings;
    private int failures;
    private Instant pausedUntil = Instant.MIN;

    ProductIndexer(OutboxBatch batch, SearchSettings settings) {
        this.batch = batch;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${otop.search.indexer-interval:500ms}", initialDelay = "1s")
    synchronized void drainOnSchedule() {
        if (Instant.now().isBefore(pausedUntil)) {
            return;
        }
        try {
            drainAll();
            if (failures > 0) {
                LOG.info("Elasticsearch is back; the search outbox is drained");
            }
            failures = 0;
        } catch (OutboxBatch.ElasticsearchUnavailable e) {
            failures++;
            long factor = 1L << Math.min(failures - 1, 16);
            Duration wait = FIRST_BACKOFF.multipliedBy(factor);
            if (wait.compareTo(settings.getMaxBackoff()) > 0) {
                wait = settings.getMaxBackoff();
            }
            pausedUntil = Instant.now().plus(wait);
            LOG.warn(
                    "Indexing failed ({}); the changes wait in the outbox, next try in {} ms",
                    e.getMessage(),
                    wait.toMillis());
        } catch (RuntimeException e) {
            // the database, not Elasticsearch: lock conflicts were already retried, so this is an outage or a bug; the
            // next scheduled run tries again, and Elasticsearch's back-off is left as it was
            LOG.warn("Indexing stopped on a database error ({}); the next run tries again", e.toString());
        }
    }

    /**
     * Indexes every pending change now; throws when Elasticsearch cannot take them. Stops when a batch
     * clears nothing, so documents Elasticsearch rejects wait for a later try instead of looping here.
     */
    public void drainAll() {
        while (batch.drain(settings.getBatchSize()) > 0) {
            // keep going until the outbox is empty
        }
    }

    /** Changes waiting to be indexed, parked ones aside. */
    public long pending() {
        return batch.pending();
    }

    /** Changes Elasticsearch refused for good (a 4xx other than 409 and 429): product id and Elasticsearch's reason. */
    public java.util.Map<Long, String> parked() {
        return batch.parked();
    }
}
