package th.otop.sellerportal.officer;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.orders.notification.Notifications;
import th.otop.sellerportal.account.InvitationLinks;

/**
 * An officer appoints a fund's manager: a new person gets the password link of every invitation, a person with an
 * account is mailed that they now manage the fund; the appointment, its audit entry and the mail in one transaction.
 */
@Singleton
class FundManagerInvitations {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final FundManagers managers;
    private final InvitationLinks links;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    FundManagerInvitations(
            FundManagers managers,
            InvitationLinks links,
            Notifications notifications,
            MessageSource messages,
            @Value("${otop.portal.base-url}") String baseUrl) {
        this.managers = managers;
        this.links = links;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Transactional
    FundManagers.Appointment invite(long officer, CommunityFund fund, FundManagerForm form) {
        FundManagers.Appointment appointed = managers.appoint(
                officer,
                fund.id(),
                form.login(),
                form.displayName() == null ? "" : form.displayName().strip(),
                InvitationLinks.VALIDITY);
        if (appointed.newAccount()) {
            links.send(
                    appointed.manager(),
                    appointed.passwordToken(),
                    text("officer.fundManagers.invited.what", THAI, fund),
                    text("officer.fundManagers.invited.what", Locale.ENGLISH, fund));
        } else {
            notifications.enqueue(
                    appointed.manager().email() != null
                            ? appointed.manager().email()
                            : Notifications.sms(appointed.manager().phone()),
                    text("officer.fundManagers.appointed.subject", THAI, fund) + " / "
                            + text("officer.fundManagers.appointed.subject", Locale.ENGLISH, fund),
                    text("officer.fundManagers.appointed.body", THAI, fund) + "\n\n"
                            + text("officer.fundManagers.appointed.body", Locale.ENGLISH, fund) + "\n");
        }
        return appointed;
    }

    private String text(String key, Locale locale, CommunityFund fund) {
        String name = locale.getLanguage().equals("th") || fund.nameEn() == null ? fund.nameTh() : fund.nameEn();
        return messages.getMessage(key, locale, name, baseUrl + "/signin").orElseThrow();
    }
}
