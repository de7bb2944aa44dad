package th.otop.orders.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Cancels orders whose payment did not arrive in time and returns their stock. It works from the database alone, so
 * reservations made before a restart still expire, and {@code SKIP LOCKED} lets every app instance run it at once
 * without two of them expiring the same order.
 */
@Singleton
public class ReservationExpiry {
    static final int BATCH = 100;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Orders orders;

    ReservationExpiry(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Orders orders) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.orders = orders;
    }

    @Scheduled(fixedDelay = "${otop.orders.expiry-interval:1m}", initialDelay = "30s")
    void run() {
        expireDue();
    }

    /** Expires everything due now, one batch per transaction; answers how many orders this call expired. */
    public int expireDue() {
        int total = 0;
        int batch;
        do {
            batch = transactions.executeWrite(status -> {
                List<OrderId> due = claimDue();
                due.forEach(orders::expire);
                return due.size();
            });
            total += batch;
        } while (batch == BATCH);
        return total;
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
