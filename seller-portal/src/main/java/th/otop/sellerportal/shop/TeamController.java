package th.otop.sellerportal.shop;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;
import th.otop.webkit.security.Roles;
import th.otop.webkit.security.SignedIn;

/**
 * The shop's team. An owner invites a member of the group by email or mobile number as owner or staff, changes a
 * member's role, or removes them (their sessions end at once); the team always keeps an owner.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/shop/team")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {
    private final Accounts accounts;
    private final TeamInvitations invitations;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    TeamController(Accounts accounts, TeamInvitations invitations, Shop shop, HttpLocaleResolver locales) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.shop = shop;
        this.locales = locales;
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
        ProducerRole role = "OWNER".equals(form.get("role")) ? ProducerRole.OWNER : ProducerRole.STAFF;
        try {
            invitations.invite(
                    producer,
                    SignedIn.account(authentication),
                    Forms.value(form, "login"),
                    Forms.value(form, "displayName"),
                    role);
            return HttpResponse.seeOther(URI.create("/shop/team"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "shop/team", model(authentication, form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    @Post("/{member}/remove")
    @Secured(Roles.PRODUCER_OWNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, Authentication authentication, @PathVariable String member) {
        return change(
                request,
                authentication,
                () -> accounts.removeFromTeam(
                        shop.id(authentication),
                        SignedIn.account(authentication).id(),
                        member));
    }

    @Post("/{member}/role")
    @Secured(Roles.PRODUCER_OWNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> role(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String member,
            @Body Map<String, String> form) {
        ProducerRole role = "OWNER".equals(form.get("role")) ? ProducerRole.OWNER : ProducerRole.STAFF;
        return change(
                request,
                authentication,
                () -> accounts.changeTeamRole(
                        shop.id(authentication),
                        SignedIn.account(authentication).id(),
                        member,
                        role));
    }

    private HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, Runnable change) {
        try {
            change.run();
            return HttpResponse.seeOther(URI.create("/shop/team"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "shop/team", model(authentication, Map.of()), e.errors(), locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model(Authentication authentication, Map<String, ?> form) {
        ProducerId producer = shop.id(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("team", accounts.team(producer));
        model.put("form", form);
        model.put("owner", SignedIn.account(authentication).isProducerOwner());
        model.put("me", SignedIn.account(authentication).publicId());
        return model;
    }
}
