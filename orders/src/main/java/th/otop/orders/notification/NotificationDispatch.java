package th.otop.orders.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued mail. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several app instances share the work
 * without sending a mail twice; a failed send leaves the row for the next run.
 */
@Singleton
public class NotificationDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatch.class);
    static final int BATCH = 50;
    /** After this many failures a mail is kept for an operator but no longer retried on every run. */
    static final int MAX_ATTEMPTS = 20;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final MailSender sender;

    NotificationDispatch(JdbcOperations jdbc, TransactionOperations<Connection> transactions, MailSender sender) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${otop.orders.notification-interval:15s}", initialDelay = "10s")
    void run() {
        sendPending();
    }

    /** Sends one batch; answers how many mails went out. */
    public int sendPending() {
        return transactions.executeWrite(status -> {
            int sent = 0;
            for (Pending mail : claim()) {
                try {
                    sender.send(mail.recipient(), mail.subject(), mail.body());
                    mark(mail.id(), null);
                    sent++;
                } catch (Exception e) {
                    LOG.warn("Mail {} to {} not sent, will retry: {}", mail.id(), mail.recipient(), e.toString());
                    mark(mail.id(), e.toString());
                }
            }
            return sent;
        });
    }

    private record Pending(long id, String recipient, String subject, String body) {}

    private List<Pending> claim() {
        return jdbc.prepareStatement(
                "SELECT id, recipient, subject, body FROM notification_outbox WHERE sent_at IS NULL AND attempts < ? "
                        + "AND recipient NOT LIKE ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                ps -> {
                    ps.setInt(1, MAX_ATTEMPTS);
                    // text messages wait for a text-message sender; mailing a phone number would only fail
                    ps.setString(2, Notifications.SMS + "%");
                    ps.setInt(3, BATCH);
                    List<Pending> pending = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            pending.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                        }
                    }
                    return pending;
                });
    }

    private void mark(long id, String error) {
        jdbc.prepareStatement(
                error == null
                        ? "UPDATE notification_outbox SET sent_at=CURRENT_TIMESTAMP(3), attempts=attempts+1 WHERE id=?"
                        : "UPDATE notification_outbox SET attempts=attempts+1, last_error=? WHERE id=?",
                ps -> {
                    if (error == null) {
                        ps.setLong(1, id);
                    } else {
                        ps.setString(1, error.substring(0, Math.min(500, error.length())));
                        ps.setLong(2, id);
                    }
                    return ps.executeUpdate();
                });
    }
}
