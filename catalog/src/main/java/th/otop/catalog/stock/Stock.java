package th.otop.catalog.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.search.SearchOutbox;

/**
 * Takes units out of stock and puts them back. A reservation is one conditional UPDATE, so it succeeds
 * for exactly the units available under any concurrency and stock never goes below zero. Called inside
 * the order service's transaction, so a checkout reserves all of its lines or none. Every method keeps the lock
 * order of {@code th.otop.catalog.transaction}: a product's row before its variants' rows, and several products in
 * ascending id (the caller sorts, or calls {@link #lockInOrder} first).
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

    /**
     * Locks the rows of these products in ascending id, in the caller's transaction: what a transaction that will
     * change the stock of several orders' products does first, so its later releases, in whatever order, wait for no
     * one (the lock order of {@code th.otop.catalog.transaction}).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockInOrder(Collection<ProductId> products) {
        List<Long> ids =
                products.stream().map(ProductId::value).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        jdbc.prepareStatement("SELECT id FROM product WHERE id IN (" + marks + ") ORDER BY id FOR UPDATE", ps -> {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // reading them is what locks them
                }
            }
            return null;
        });
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
