package th.otop.catalog.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.search.SearchOutbox;

/**
 * Takes units out of stock and puts them back. A reservation is one conditional UPDATE, so it succeeds
 * for exactly the units available under any concurrency and stock never goes below zero. Called inside
 * the order service's transaction, so a checkout reserves all of its lines or none.
 */
@Singleton
public class Stock {
    private final JdbcOperations jdbc;
    private final StockMovements movements;
    private final SearchOutbox outbox;

    Stock(JdbcOperations jdbc, StockMovements movements, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.outbox = outbox;
    }

    /** True when {@code quantity} units of a published product were sold; false when not enough are left. */
    @Transactional
    public boolean reserve(ProductId product, int quantity, String reference) {
        return reserve(product, quantity, MovementReason.SALE, reference);
    }

    /** Like {@link #reserve(ProductId, int, String)}, noting why (a consumer's sale or an outlet's purchase order). */
    @Transactional
    public boolean reserve(ProductId product, int quantity, MovementReason reason, String reference) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        int updated = jdbc.prepareStatement(
                "UPDATE product SET stock = stock - ?, version = version + 1 "
                        + "WHERE id = ? AND stock >= ? AND status = 'PUBLISHED' AND deleted_at IS NULL",
                ps -> {
                    ps.setInt(1, quantity);
                    ps.setLong(2, product.value());
                    ps.setInt(3, quantity);
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            return false;
        }
        movements.record(product, -quantity, reason, reference);
        outbox.record(product);
        return true;
    }

    /**
     * Like {@link #reserve} for one variant (size, colour) of a published product. The product row is locked first, as
     * {@link #reserve} and {@link #releaseVariant} do, so concurrent reservations and releases never deadlock.
     */
    @Transactional
    public boolean reserveVariant(ProductId product, long variantId, int quantity, String reference) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        boolean onSale = jdbc.prepareStatement(
                "SELECT 1 FROM product WHERE id = ? AND status = 'PUBLISHED' AND deleted_at IS NULL FOR UPDATE", ps -> {
                    ps.setLong(1, product.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
        if (!onSale) {
            return false;
        }
        int updated = jdbc.prepareStatement(
                "UPDATE product_variant SET stock = stock - ? WHERE id = ? AND product_id = ? AND stock >= ?", ps -> {
                    ps.setInt(1, quantity);
                    ps.setLong(2, variantId);
                    ps.setLong(3, product.value());
                    ps.setInt(4, quantity);
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            return false;
        }
        bumpVersion(product);
        movements.record(
                product, -quantity, MovementReason.SALE, StockMovements.variantReference(reference, variantId));
        return true;
    }

    /** Returns units of one variant to stock; nothing when the producer has removed the variant since. */
    @Transactional
    public void releaseVariant(
            ProductId product, long variantId, int quantity, MovementReason reason, String reference) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        bumpVersion(product);
        int updated = jdbc.prepareStatement(
                "UPDATE product_variant SET stock = stock + ? WHERE id = ? AND product_id = ?", ps -> {
                    ps.setInt(1, quantity);
                    ps.setLong(2, variantId);
                    ps.setLong(3, product.value());
                    return ps.executeUpdate();
                });
        if (updated > 0) {
            movements.record(product, quantity, reason, StockMovements.variantReference(reference, variantId));
        }
    }

    private void bumpVersion(ProductId product) {
        jdbc.prepareStatement("UPDATE product SET version = version + 1 WHERE id = ?", ps -> {
            ps.setLong(1, product.value());
            return ps.executeUpdate();
        });
        outbox.record(product);
    }

    /** Returns units to stock: a cancelled order, an expired reservation. */
    @Transactional
    public void release(ProductId product, int quantity, MovementReason reason, String reference) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        jdbc.prepareStatement("UPDATE product SET stock = stock + ?, version = version + 1 WHERE id = ?", ps -> {
            ps.setInt(1, quantity);
            ps.setLong(2, product.value());
            return ps.executeUpdate();
        });
        movements.record(product, quantity, reason, reference);
        outbox.record(product);
    }
}
