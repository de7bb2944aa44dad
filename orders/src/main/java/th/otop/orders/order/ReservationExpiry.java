package th.otop.orders.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.stock.Stock;
import th.otop.catalog.transaction.TransactionRetry;

/**
 * Cancels orders whose payment did not arrive in time and returns their stock. It works from the database alone, so
 * reservations made before a restart still expire, and {@code SKIP LOCKED} lets every app instance run it at once
 * without two of them expiring the same order.
 */
@Singleton
public class ReservationExpiry {
    static final int BATCH = 100;

    private final JdbcOperations jdbc;
    private final TransactionRetry retry;
    private final Orders orders;
    private final Stock stock;

    ReservationExpiry(JdbcOperations jdbc, TransactionRetry retry, Orders orders, Stock stock) {
        this.jdbc = jdbc;
        this.retry = retry;
        this.orders = orders;
        this.stock = stock;
    }

    @Scheduled(fixedDelay = "${otop.orders.expiry-interval:1m}", initialDelay = "30s")
    void run() {
        expireDue();
    }

    /**
     * Expires everything due now, one batch per transaction; answers how many orders this call expired. A batch claims
     * its orders, then locks all their products in ascending id before returning any stock, so it keeps the checkout's
     * lock order however its orders' lines interleave; a lock conflict runs the batch again.
     */
    public int expireDue() {
        int total = 0;
        int batch;
        do {
            batch = retry.write("reservation-expiry", () -> {
                List<OrderId> due = claimDue();
                stock.lockInOrder(productsOf(due));
                due.forEach(orders::expire);
                return due.size();
            });
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private List<ProductId> productsOf(List<OrderId> due) {
        if (due.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(due.size(), "?"));
        return jdbc.prepareStatement(
                "SELECT DISTINCT product_id FROM order_line WHERE order_id IN (" + marks + ")", ps -> {
                    for (int i = 0; i < due.size(); i++) {
                        ps.setLong(i + 1, due.get(i).value());
                    }
                    List<ProductId> products = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            products.add(new ProductId(rs.getLong(1)));
                        }
                    }
                    return products;
                });
    }

    private List<OrderId> claimDue() {
        return jdbc.prepareStatement(
                "SELECT id FROM orders WHERE status='PENDING_PAYMENT' AND expires_at <= CURRENT_TIMESTAMP(3) "
                        + "ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED",
                ps -> {
                    ps.setInt(1, BATCH);
                    List<OrderId> due = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            due.add(new OrderId(rs.getLong(1)));
                        }
                    }
                    return due;
                });
    }
}
