package th.otop.sellerportal.shop;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.orders.notification.Notifications;

/**
 * An owner's invitation to the shop's team. A person who already has an account joins at once and is mailed that they
 * did; a new person gets an account and a one-time link to set a password (logged when no mail server is configured).
 */
@Singleton
class TeamInvitations {
    private static final Logger LOG = LoggerFactory.getLogger(TeamInvitations.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final Accounts accounts;
    private final Producers producers;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    TeamInvitations(
            Accounts accounts,
            Producers producers,
            Notifications notifications,
            MessageSource messages,
            @Value("${otop.portal.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.producers = producers;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Transactional
    Account invite(ProducerId producer, Account inviter, String login, String displayName, ProducerRole role) {
        Optional<Account> existing = accounts.findByLogin(login);
        if (existing.isEmpty()) {
            Account member = newMember(login, displayName);
            accounts.joinProducer(member.id(), producer, role);
            return member;
        }
        Account member = accounts.addToTeam(existing.get().id(), producer, role);
        Producer shop = producers.find(producer).orElseThrow();
        // one mail in both languages, as every mail of the marketplace
        notifications.enqueue(
                member.email(),
                text("team.joined.subject", THAI, shop, inviter, role) + " / "
                        + text("team.joined.subject", Locale.ENGLISH, shop, inviter, role),
                text("team.joined.body", THAI, shop, inviter, role) + "\n\n"
                        + text("team.joined.body", Locale.ENGLISH, shop, inviter, role) + "\n");
        return member;
    }

    private String text(String key, Locale locale, Producer shop, Account inviter, ProducerRole role) {
        String roleName = messages.getMessage(role == ProducerRole.OWNER ? "team.owner" : "team.staff", locale)
                .orElseThrow();
        return messages.getMessage(key, locale, shop.name(locale), inviter.displayName(), roleName, baseUrl)
                .orElseThrow();
    }

    private Account newMember(String login, String displayName) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        Account account = accounts.register(new SignUp(
                login,
                Base64.getUrlEncoder().encodeToString(raw),
                displayName.isBlank() ? login : displayName,
                Role.PRODUCER,
                false));
        accounts.startPasswordReset(login)
                .ifPresent(token -> LOG.info(
                        "Team invitation link for {} (no mail server configured): {}/reset/{}",
                        account.publicId(),
                        baseUrl,
                        token));
        return account;
    }
}
