package th.otop.catalog.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.transaction.TransactionRetry;

/**
 * One batch of the outbox, in three steps so that no outbox row lock is held while product rows are read or while
 * Elasticsearch is called, and so that the relay never locks a product row at all:
 *
 * <ol>
 *   <li>claim: a short transaction takes up to a batch of unclaimed rows with {@code FOR UPDATE SKIP LOCKED} (several
 *       app instances never take the same rows) and marks them claimed until the lease ends; it touches no other table;
 *   <li>index: after that commit, the documents are read (plain reads, no locks) and sent in one bulk;
 *   <li>settle: a second short transaction deletes the rows whose documents are indexed, parks the rows Elasticsearch
 *       refused for good with its reason, and frees the others for a later try.
 * </ol>
 *
 * A relay that dies between the steps leaves claimed rows whose lease runs out; another relay takes them then. A
 * document written twice is harmless, since each carries its product's version as an external version.
 */
@Singleton
class OutboxBatch {
    private record Claimed(long rowId, long productId) {}

    /** Elasticsearch could not take the batch at all: down, unreachable, or refusing every write for the moment. */
    static final class ElasticsearchUnavailable extends RuntimeException {
        ElasticsearchUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final JdbcOperations jdbc;
    private final ProductDocuments documents;
    private final SearchIndex index;
    private final SearchSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final TransactionRetry retry;

    OutboxBatch(
            JdbcOperations jdbc,
            ProductDocuments documents,
            SearchIndex index,
            SearchSettings settings,
            TransactionOperations<Connection> transactions,
            TransactionRetry retry) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.index = index;
        this.settings = settings;
        this.transactions = transactions;
        this.retry = retry;
    }

    /**
     * Indexes up to {@code size} pending changes; returns how many outbox rows it settled for good (indexed or parked).
     *
     * @throws ElasticsearchUnavailable when Elasticsearch took none of it; the rows are freed at once for the next try
     */
    int drain(int size) {
        List<Claimed> claimed = retry.write("search-relay", () -> claim(size));
        if (claimed.isEmpty()) {
            return 0;
        }
        Set<Long> productIds = new LinkedHashSet<>();
        claimed.forEach(c -> productIds.add(c.productId()));
        List<ProductDocuments.Versioned> docs = transactions.executeRead(status -> documents.load(productIds));
        SearchIndex.BulkOutcome outcome;
        try {
            outcome = index.write(index.alias(), docs);
        } catch (IOException | ElasticsearchException e) {
            retry.write(
                    "search-relay",
                    () -> update(
                            "UPDATE search_outbox SET claimed_until = NULL WHERE id IN ",
                            rowIds(claimed, productIds),
                            null));
            throw new ElasticsearchUnavailable("Elasticsearch is unavailable: " + e.getMessage(), e);
        }
        // a product deleted from the database since its change has no document; its rows have nothing left to index
        Set<Long> gone = new LinkedHashSet<>(productIds);
        docs.forEach(d -> gone.remove(d.productId()));
        Set<Long> settled = new LinkedHashSet<>(outcome.indexed());
        settled.addAll(gone);
        retry.write("search-relay", () -> {
            update("DELETE FROM search_outbox WHERE id IN ", rowIds(claimed, settled), null);
            outcome.refused()
                    .forEach((product, reason) -> update(
                            "UPDATE search_outbox SET parked_reason = ?, claimed_until = NULL, attempts = attempts + 1 "
                                    + "WHERE id IN ",
                            rowIds(claimed, Set.of(product)),
                            reason));
            update(
                    "UPDATE search_outbox SET claimed_until = NULL, attempts = attempts + 1 WHERE id IN ",
                    rowIds(claimed, outcome.retry()),
                    null);
            return null;
        });
        if (settled.isEmpty() && outcome.refused().isEmpty()) {
            throw new ElasticsearchUnavailable("Elasticsearch took none of " + docs.size() + " documents", null);
        }
        return rowIds(claimed, settled).size()
                + rowIds(claimed, outcome.refused().keySet()).size();
    }

    private List<Claimed> claim(int size) {
        List<Claimed> rows = jdbc.prepareStatement(
                "SELECT id, product_id FROM search_outbox WHERE parked_reason IS NULL "
                        + "AND (claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP(3)) "
                        + "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                ps -> {
                    ps.setInt(1, size);
                    List<Claimed> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Claimed(rs.getLong(1), rs.getLong(2)));
                        }
                    }
                    return found;
                });
        if (!rows.isEmpty()) {
            long leaseMillis = settings.getClaimLease().toMillis();
            update(
                    "UPDATE search_outbox SET claimed_until = CURRENT_TIMESTAMP(3) + INTERVAL " + leaseMillis * 1000
                            + " MICROSECOND WHERE id IN ",
                    rows.stream().map(Claimed::rowId).toList(),
                    null);
        }
        return rows;
    }

    private static List<Long> rowIds(List<Claimed> claimed, Collection<Long> products) {
        return claimed.stream()
                .filter(c -> products.contains(c.productId()))
                .map(Claimed::rowId)
                .toList();
    }

    /** Runs {@code sql} ending in "IN " over {@code ids}, with {@code first} bound before them when not null. */
    private int update(String sql, List<Long> ids, String first) {
        if (ids.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement(sql + "(" + marks + ")", ps -> {
            int i = 1;
            if (first != null) {
                ps.setString(i++, first);
            }
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            return ps.executeUpdate();
        });
    }

    long pending() {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("SELECT COUNT(*) FROM search_outbox WHERE parked_reason IS NULL", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    /** Changes Elasticsearch refused for good, with its reason per product, for an operator to look at. */
    Map<Long, String> parked() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT product_id, parked_reason FROM search_outbox WHERE parked_reason IS NOT NULL ORDER BY id",
                ps -> {
                    Map<Long, String> found = new java.util.LinkedHashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                    return found;
                }));
    }
}
