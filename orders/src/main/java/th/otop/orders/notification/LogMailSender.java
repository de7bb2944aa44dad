package th.otop.orders.notification;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when no mail server is configured (development, demos): the mail is written to the log instead. */
@Singleton
@Secondary
class LogMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogMailSender.class);

    @Override
    public void send(String recipient, String subject, String body) {
        LOG.info("Mail to {}: {}\n{}", recipient, subject, body);
    }
}
