package th.otop.catalog.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.product.ProductId;

/** The history of every stock change of a product, written with the change itself. */
@Singleton
public class StockMovements {
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
                            history.add(new StockMovement(
                                    rs.getInt(1),
                                    MovementReason.valueOf(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant()));
                        }
                    }
                    return history;
                });
    }
}
