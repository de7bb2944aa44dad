package th.otop.orders.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends the outbox's mails through the SMTP server in {@code otop.mail.*} (Thai text as UTF-8). */
@Singleton
@Requires(property = "otop.mail.host")
class SmtpMailSender implements MailSender {
    private final Session session;
    private final InternetAddress from;

    SmtpMailSender(
            @Value("${otop.mail.host}") String host,
            @Value("${otop.mail.port:587}") int port,
            @Value("${otop.mail.starttls:true}") boolean starttls,
            @Value("${otop.mail.from}") String from,
            @Nullable @Value("${otop.mail.username:}") String username,
            @Nullable @Value("${otop.mail.password:}") String password)
            throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        boolean authenticated = username != null && !username.isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(authenticated));
        this.session = Session.getInstance(
                properties,
                authenticated
                        ? new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(username, password);
                            }
                        }
                        : null);
        this.from = new InternetAddress(from, true);
    }

    @Override
    public void send(String recipient, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
