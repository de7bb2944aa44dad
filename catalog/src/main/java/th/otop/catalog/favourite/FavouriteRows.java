package th.otop.catalog.favourite;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import th.otop.catalog.product.ProductId;

/** The SQL of favourites. */
@Singleton
class FavouriteRows {
    /** Only what buyers may see: a hidden, unpublished or deleted product drops out. */
    private static final String VISIBLE = "p.status = 'PUBLISHED' AND p.deleted_at IS NULL";

    private final JdbcOperations jdbc;

    FavouriteRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A second save of the same product changes nothing (a double click, two tabs). */
    void add(long accountId, ProductId product) {
        jdbc.prepareStatement("INSERT IGNORE INTO favourite (account_id, product_id) VALUES (?, ?)", ps -> {
            ps.setLong(1, accountId);
            ps.setLong(2, product.value());
            return ps.executeUpdate();
        });
    }

    void remove(long accountId, ProductId product) {
        jdbc.prepareStatement("DELETE FROM favourite WHERE account_id = ? AND product_id = ?", ps -> {
            ps.setLong(1, accountId);
            ps.setLong(2, product.value());
            return ps.executeUpdate();
        });
    }

    /** The account's visible favourites, the newest saved first. */
    List<ProductId> visible(long accountId, int limit) {
        return jdbc.prepareStatement(
                "SELECT f.product_id FROM favourite f JOIN product p ON p.id = f.product_id WHERE f.account_id = ? AND "
                        + VISIBLE + " ORDER BY f.created_at DESC, f.product_id DESC LIMIT " + limit,
                ps -> {
                    ps.setLong(1, accountId);
                    List<ProductId> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(new ProductId(rs.getLong(1)));
                        }
                    }
                    return ids;
                });
    }

    /** Which of these products, by public id, the account saved. */
    Set<String> savedAmong(long accountId, Collection<String> publicIds) {
        if (publicIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = List.copyOf(publicIds);
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement(
                "SELECT p.public_id FROM favourite f JOIN product p ON p.id = f.product_id WHERE f.account_id = ? "
                        + "AND p.public_id IN (" + marks + ")",
                ps -> {
                    ps.setLong(1, accountId);
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(i + 2, ids.get(i));
                    }
                    Set<String> saved = new HashSet<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            saved.add(rs.getString(1));
                        }
                    }
                    return saved;
                });
    }
}
