package th.otop.orders.notification;

/** Delivers one mail or throws; the outbox keeps the mail and tries again later. */
public interface MailSender {
    void send(String recipient, String subject, String body) throws Exception;
}
