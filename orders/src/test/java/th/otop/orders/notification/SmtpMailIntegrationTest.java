package th.otop.orders.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;

/** GreenMail stands in for the SMTP server: the only outside service here besides Stripe. */
@MicronautTest(transactional = false)
class SmtpMailIntegrationTest implements RealServices {
    private final GreenMail smtp = started();

    @Inject
    Notifications notifications;

    @Inject
    NotificationDispatch dispatch;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.super.getProperties());
        properties.put("otop.mail.host", "127.0.0.1");
        properties.put("otop.mail.port", Integer.toString(smtp.getSmtp().getPort()));
        properties.put("otop.mail.starttls", "false");
        properties.put("otop.mail.from", "ตลาด OTOP <no-reply@otop.example>");
        return properties;
    }

    private static GreenMail started() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void queuedMailReachesTheServerInThai() throws Exception {
        // the outbox row is written inside the transaction of the order event that causes it
        transactions.executeWrite(status -> {
            notifications.enqueue(
                    "buyer@example.org", "ได้รับคำสั่งซื้อแล้ว / We received your order", "ผ้าไหม x 1 = 1,200.00 บาท");
            return null;
        });
        assertTrue(dispatch.sendPending() >= 1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("ได้รับคำสั่งซื้อแล้ว / We received your order", received[0].getSubject());
        assertTrue(received[0].getContent().toString().contains("ผ้าไหม"));
        assertEquals(0, dispatch.sendPending(), "sent once, not again");
    }
}
