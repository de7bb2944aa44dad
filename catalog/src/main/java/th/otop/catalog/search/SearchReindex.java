package th.otop.catalog.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds the whole index without downtime: a new index is filled beside the live one, then the alias
 * moves to it in one atomic step and the old index is dropped. Changes made while it runs are queued
 * again afterwards; their external versions make replaying them harmless.
 */
@Singleton
public class SearchReindex {
    private static final int PAGE = 2_000;
    private static final int PARALLEL_BULKS = 2;

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final Requeue requeue;

    SearchReindex(ElasticsearchClient client, SearchIndex index, Requeue requeue) {
        this.client = client;
        this.index = index;
        this.requeue = requeue;
    }

    /** Returns the number of products indexed. */
    public long rebuild(ReindexProgress progress) {
        Instant started = Instant.now();
        try {
            index.ensureExists();
            String fresh = index.createIndex();
            client.indices().putSettings(s -> s.index(fresh).settings(x -> x.refreshInterval(t -> t.time("-1"))));
            long total = requeue.productCount();
            AtomicLong done = new AtomicLong();
            ExecutorService writers = Executors.newFixedThreadPool(PARALLEL_BULKS);
            try {
                java.util.ArrayDeque<Future<?>> inFlight = new java.util.ArrayDeque<>();
                long after = 0;
                while (true) {
                    List<ProductDocuments.Versioned> page = requeue.page(after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    after = page.get(page.size() - 1).productId();
                    inFlight.add(writers.submit(() -> {
                        index.write(fresh, page);
                        progress.indexed(done.addAndGet(page.size()), total);
                        return null;
                    }));
                    if (inFlight.size() >= PARALLEL_BULKS) {
                        inFlight.poll().get();
                    }
                }
                for (Future<?> f : inFlight) {
                    f.get();
                }
            } finally {
                writers.shutdown();
            }
            client.indices().putSettings(s -> s.index(fresh).settings(x -> x.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(fresh));
            List<String> old = List.copyOf(client.indices()
                    .getAlias(a -> a.name(index.alias()))
                    .result()
                    .keySet());
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(fresh).alias(index.alias())));
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(index.alias()))));
                return u;
            });
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            requeue.changedSince(started);
            return done.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Reindex failed; the live index is untouched", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindex interrupted; the live index is untouched", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Reindex failed; the live index is untouched", e.getCause());
        }
    }

    /** The database side of a reindex, each step in its own short transaction. */
    @Singleton
    static class Requeue {
        private final JdbcOperations jdbc;
        private final ProductDocuments documents;

        Requeue(JdbcOperations jdbc, ProductDocuments documents) {
            this.jdbc = jdbc;
            this.documents = documents;
        }

        @Transactional
        public long productCount() {
            return jdbc.prepareStatement("SELECT COUNT(*) FROM product", ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }

        @Transactional
        public List<ProductDocuments.Versioned> page(long after, int size) {
            return documents.page(after, size);
        }

        @Transactional
        public void changedSince(Instant started) {
            jdbc.prepareStatement(
                    "INSERT INTO search_outbox (product_id) SELECT id FROM product WHERE updated_at >= ?", ps -> {
                        ps.setTimestamp(1, Timestamp.from(started));
                        return ps.executeUpdate();
                    });
        }
    }
}
