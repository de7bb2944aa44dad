package th.otop.storefront.sitemap;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The published products and verified shops a sitemap lists, read page by page.
 *
 * <p>This reads the catalog's tables directly, read-only, because the catalog has no listing of every published
 * product yet; it belongs in the catalog ({@code Products.published(afterId, limit)}) and should move there.
 */
@Singleton
class SitemapEntries {
    record Entry(String publicId, String titleTh, String titleEn, Instant updatedAt) {}

    private static final String VISIBLE_PRODUCTS = "FROM product p JOIN producer r ON r.id = p.producer_id "
            + "WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND r.verification = 'VERIFIED'";

    private final JdbcOperations jdbc;

    SitemapEntries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    long productCount() {
        return jdbc.prepareStatement("SELECT COUNT(*) " + VISIBLE_PRODUCTS, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Products in id order, {@code limit} of them after skipping {@code offset}. */
    @Transactional(readOnly = true)
    List<Entry> products(long offset, int limit) {
        return jdbc.prepareStatement(
                "SELECT p.public_id, p.title_th, p.title_en, p.updated_at " + VISIBLE_PRODUCTS
                        + " ORDER BY p.id LIMIT ? OFFSET ?",
                ps -> {
                    ps.setInt(1, limit);
                    ps.setLong(2, offset);
                    return read(ps.executeQuery());
                });
    }

    /** Verified shops with at least one published product. */
    @Transactional(readOnly = true)
    List<Entry> shops() {
        return jdbc.prepareStatement(
                "SELECT r.public_id, r.name_th, r.name_en, MAX(p.updated_at) AS updated_at " + VISIBLE_PRODUCTS
                        + " GROUP BY r.id, r.public_id, r.name_th, r.name_en ORDER BY r.id",
                ps -> read(ps.executeQuery()));
    }

    private static List<Entry> read(ResultSet rs) throws java.sql.SQLException {
        try (rs) {
            List<Entry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
            }
            return entries;
        }
    }
}
