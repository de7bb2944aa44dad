package th.otop.orders.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Queues a mail in the transaction of the change it tells about: no change without its mail, no mail without it. */
@Singleton
public class Notifications {
    private final JdbcOperations jdbc;

    Notifications(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO notification_outbox (recipient, subject, body) VALUES (?,?,?)", ps -> {
            ps.setString(1, recipient);
            ps.setString(2, subject);
            ps.setString(3, body);
            return ps.executeUpdate();
        });
    }
}
