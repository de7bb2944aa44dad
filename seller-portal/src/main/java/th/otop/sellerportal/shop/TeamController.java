package th.otop.sellerportal.shop;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;
import th.otop.webkit.security.Roles;

/**
 * The shop's team. An owner invites a member of the group by email or mobile number as owner or staff:
 * a new person gets an account and a one-time link to set a password (logged when no mail server is
 * configured).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/shop/team")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {
    private static final Logger LOG = LoggerFactory.getLogger(TeamController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final Shop shop;
    private final HttpLocaleResolver locales;
    private final String baseUrl;

    TeamController(
            Accounts accounts,
            Shop shop,
            HttpLocaleResolver locales,
            @Value("${otop.portal.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.shop = shop;
        this.locales = locales;
        this.baseUrl = baseUrl;
    }

    @Get
    @View("shop/team")
    Map<String, Object> team(Authentication authentication) {
        return model(authentication, Map.of());
    }

    @Post
    @Secured(Roles.PRODUCER_OWNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        String login = Forms.value(form, "login");
        ProducerRole role = "OWNER".equals(form.get("role")) ? ProducerRole.OWNER : ProducerRole.STAFF;
        try {
            // inviting a person who already has an account needs Accounts.findByLogin (not in catalog yet):
            // the sign-up rule then answers "this email or number already has an account"
            Account member = newMember(login, Forms.value(form, "displayName"));
            accounts.joinProducer(member.id(), producer, role);
            return HttpResponse.seeOther(URI.create("/shop/team"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "shop/team", model(authentication, form), e.errors(), locales.resolveOrDefault(request));
        }
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

    private Map<String, Object> model(Authentication authentication, Map<String, ?> form) {
        ProducerId producer = shop.id(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("team", accounts.team(producer));
        model.put("form", form);
        model.put(
                "owner",
                th.otop.webkit.security.SignedIn.account(authentication).isProducerOwner());
        return model;
    }
}
