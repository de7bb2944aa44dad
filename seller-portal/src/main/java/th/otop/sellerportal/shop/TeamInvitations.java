package th.otop.sellerportal.shop;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.orders.notification.Notifications;
import th.otop.sellerportal.account.InvitationLinks;

/**
 * An owner's invitation to the shop's team. A person who already has an account joins at once and is mailed that they
 * did; a new person gets an account and a one-time link to set a password ({@link InvitationLinks}).
 */
@Singleton
class TeamInvitations {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final Accounts accounts;
    private final Producers producers;
    private final Notifications notifications;
    private final MessageSource messages;
    private final InvitationLinks links;
    private final String baseUrl;

    TeamInvitations(
            Accounts accounts,
            Producers producers,
            Notifications notifications,
            MessageSource messages,
            InvitationLinks links,
            @Value("${otop.portal.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.producers = producers;
        this.notifications = notifications;
        this.messages = messages;
        this.links = links;
        this.baseUrl = baseUrl;
    }

    @Transactional
    Account invite(ProducerId producer, Account inviter, String login, String displayName, ProducerRole role) {
        Optional<Account> existing = accounts.findByLogin(login);
        if (existing.isEmpty()) {
            Account member = newMember(producer, inviter, login, displayName, role);
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

    private Account newMember(
            ProducerId producer, Account inviter, String login, String displayName, ProducerRole role) {
        Accounts.Invited invited = accounts.invite(
                login, displayName.isBlank() ? login : displayName, Role.PRODUCER, InvitationLinks.VALIDITY);
        Producer shop = producers.find(producer).orElseThrow();
        links.send(
                invited.account(),
                invited.passwordToken(),
                text("team.invited.what", THAI, shop, inviter, role),
                text("team.invited.what", Locale.ENGLISH, shop, inviter, role));
        return invited.account();
    }
}
