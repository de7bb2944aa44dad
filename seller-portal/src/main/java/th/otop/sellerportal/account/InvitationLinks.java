package th.otop.sellerportal.account;

import io.micronaut.context.MessageSource;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.PortalLinks;
import th.otop.orders.notification.Notifications;

/**
 * Sends a person invited to the portal (a shop's new team member, a fund manager) the one-time link that sets the
 * password of the account made for them: mailed in Thai and English, or texted to a mobile number, in the
 * invitation's transaction, and logged for a marketplace without a mail server.
 */
@Singleton
public class InvitationLinks {
    /** How long an invitation's link works: long enough to be read the next day. */
    public static final Duration VALIDITY = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(InvitationLinks.class);
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final Notifications notifications;
    private final MessageSource messages;
    private final PortalLinks links;

    InvitationLinks(Notifications notifications, MessageSource messages, PortalLinks links) {
        this.notifications = notifications;
        this.messages = messages;
        this.links = links;
    }

    /** {@code what} names, in the invitee's words, what they were invited to (already in both languages). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void send(Account invited, String passwordToken, String whatTh, String whatEn) {
        String link = links.passwordReset(passwordToken);
        notifications.enqueue(
                invited.email() != null ? invited.email() : Notifications.sms(invited.phone()),
                text("invitation.subject", THAI, whatTh, link) + " / "
                        + text("invitation.subject", Locale.ENGLISH, whatEn, link),
                text("invitation.body", THAI, whatTh, link) + "\n\n"
                        + text("invitation.body", Locale.ENGLISH, whatEn, link) + "\n");
        LOG.info("Invitation link for {}: {}", invited.publicId(), link);
    }

    private String text(String key, Locale locale, String what, String link) {
        return messages.getMessage(key, locale, what, link).orElseThrow();
    }
}
