package th.otop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One batch of the outbox, claimed with {@code FOR UPDATE SKIP LOCKED} so several app instances drain
 * it side by side without taking the same rows. The claim lasts the Elasticsearch call: when that
 * fails the transaction rolls back and the rows wait for the next try.
 */
@Singleton
class OutboxBatch {
    private record Claimed(long rowId, long productId) {}

    private final JdbcOperations jdbc;
    private final ProductDocuments documents;
    private final SearchIndex index;

    OutboxBatch(JdbcOperations jdbc, ProductDocuments documents, SearchIndex index) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.index = index;
    }

    /** Indexes up to {@code size} pending changes; returns how many outbox rows it cleared. */
    @Transactional
    public int drain(int size) {
        List<Claimed> claimed = jdbc.prepareStatement(
                "SELECT id, product_id FROM search_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", ps -> {
                    ps.setInt(1, size);
                    List<Claimed> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Claimed(rs.getLong(1), rs.getLong(2)));
                        }
                    }
                    return rows;
                });
        if (claimed.isEmpty()) {
            return 0;
        }
        Set<Long> productIds = new LinkedHashSet<>();
        claimed.forEach(c -> productIds.add(c.productId()));
        Set<Long> indexed;
        try {
            indexed = index.write(index.alias(), documents.load(productIds));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unavailable", e);
        }
        List<Long> done = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        for (Claimed row : claimed) {
            (indexed.contains(row.productId()) ? done : failed).add(row.rowId());
        }
        execute("DELETE FROM search_outbox WHERE id IN ", done);
        execute("UPDATE search_outbox SET attempts = attempts + 1 WHERE id IN ", failed);
        return done.size();
    }

    private void execute(String sql, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.prepareStatement(sql + "(" + marks + ")", ps -> {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            return ps.executeUpdate();
        });
    }

    @Transactional
    public long pending() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM search_outbox", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
