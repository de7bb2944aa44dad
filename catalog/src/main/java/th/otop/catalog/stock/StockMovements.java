package th.otop.catalog.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.otop.catalog.product.ProductId;

/** The history of every stock change of a product, written with the change itself. */
@Singleton
public class StockMovements {
    /** A variant's movement is stored as "{@code <reference> variant:<id>}", or "{@code variant:<id>}" alone. */
    private static final Pattern VARIANT = Pattern.compile("^(.*?) ?variant:(\\d+)$");

    private final JdbcOperations jdbc;

    StockMovements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(ProductId product, int delta, MovementReason reason, String reference) {
        jdbc.prepareStatement(
                "INSERT INTO stock_movement (product_id, delta, reason, reference) VALUES (?,?,?,?)", ps -> {
                    ps.setLong(1, product.value());
                    ps.setInt(2, delta);
                    ps.setString(3, reason.name());
                    ps.setString(4, reference);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    public List<StockMovement> history(ProductId product) {
        return jdbc.prepareStatement(
                "SELECT delta, reason, reference, created_at FROM stock_movement WHERE product_id=? ORDER BY id DESC",
                ps -> {
                    ps.setLong(1, product.value());
                    List<StockMovement> history = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String reference = rs.getString(3);
                            Long variant = null;
                            Matcher m = reference == null ? null : VARIANT.matcher(reference);
                            if (m != null && m.matches()) {
                                reference = m.group(1).isEmpty() ? null : m.group(1);
                                variant = Long.valueOf(m.group(2));
                            }
                            history.add(new StockMovement(
                                    rs.getInt(1),
                                    MovementReason.valueOf(rs.getString(2)),
                                    reference,
                                    variant,
                                    rs.getTimestamp(4).toInstant()));
                        }
                    }
                    return history;
                });
    }

    /** The stored reference of a movement of one variant's stock ({@code reference} may be null). */
    public static String variantReference(String reference, long variantId) {
        return (reference == null ? "" : reference + " ") + "variant:" + variantId;
    }
}
