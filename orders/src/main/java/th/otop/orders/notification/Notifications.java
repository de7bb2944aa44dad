package th.otop.orders.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Queues a mail in the transaction of the change it tells about: no change without its mail, no mail without it. A
 * recipient made by {@link #sms} is a phone number: such messages wait in the outbox for a text-message sender, and
 * the mail dispatch leaves them alone.
 */
@Singleton
public class Notifications {
    /** The prefix of a recipient that is a phone number, not an email address. */
    public static final String SMS = "sms:";

    public static String sms(String phone) {
        return phone == null || phone.isBlank() ? null : SMS + phone;
    }

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
