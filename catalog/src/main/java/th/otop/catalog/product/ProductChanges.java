package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Which products changed lately, by the database's clock: every write to a product row (listing, stock, status, grade,
 * its producer's or reviews' changes through its version) moves its {@code updated_at}. A write is stamped when it
 * runs but seen only once its transaction commits, so each answer reaches a few seconds further back than the last one,
 * and names each product with the stamp of its last write: a caller tells a new change from one it has already seen.
 */
@Singleton
public class ProductChanges {
    /** Longer than a transaction that writes products takes between its write and its commit. */
    static final Duration OVERLAP = Duration.ofSeconds(5);

    /**
     * Products changed since the time asked about, by public id, and the time this answer is as of. A later answer
     * names a product again, with the same stamp, until its last write is {@link #OVERLAP} old.
     */
    public record Changed(Instant asOf, Map<String, Stamp> products) {}

    /** A product's last write: its version and when it was written. */
    public record Stamp(long version, Instant updatedAt) {}

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
            return new Changed(now, Map.of());
        }
        Map<String, Stamp> changed = jdbc.prepareStatement(
                "SELECT public_id, version, updated_at FROM product WHERE updated_at >= ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(previous.minus(OVERLAP)));
                    Map<String, Stamp> stamps = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stamps.put(
                                    rs.getString(1),
                                    new Stamp(rs.getLong(2), rs.getTimestamp(3).toInstant()));
                        }
                    }
                    return stamps;
                });
        return new Changed(now, changed);
    }
}
