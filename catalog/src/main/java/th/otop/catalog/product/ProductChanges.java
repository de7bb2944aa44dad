package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Which products changed lately, by the database's clock: every write to a product row (listing, stock, status, grade,
 * its producer's or reviews' changes through its version) moves its {@code updated_at}. A write is stamped when it
 * runs but seen only once its transaction commits, so each answer reaches a few seconds further back than the last one.
 */
@Singleton
public class ProductChanges {
    /**
     * Longer than a transaction that writes products takes between its write and its commit, and than a page takes
     * from reading a product to being kept: such a page is dropped again by a later answer.
     */
    static final Duration OVERLAP = Duration.ofSeconds(5);

    /** The public ids of products changed since the time asked about, and the time this answer is as of. */
    public record Changed(Instant asOf, Set<String> publicIds) {}

    private final JdbcOperations jdbc;

    ProductChanges(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Products changed since {@code previous} (the {@code asOf} of the last answer); none on the first call. */
    @Connectable
    public Changed since(@Nullable Instant previous) {
        Instant now = jdbc.prepareStatement("SELECT CURRENT_TIMESTAMP(3)", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        });
        if (previous == null) {
            return new Changed(now, Set.of());
        }
        Set<String> changed = jdbc.prepareStatement("SELECT public_id FROM product WHERE updated_at >= ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(previous.minus(OVERLAP)));
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        return new Changed(now, changed);
    }
}
