package th.otop.sellerportal.officer;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.account.Account;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.fundmanager.FundNotFoundException;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * Officers appoint the managers of community funds: the funds that have managers, the funds of a province to pick
 * from, and per fund its managers, an invitation form and removal. Each appointment and removal is audited.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/fund-managers")
@Secured(Roles.OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
class FundManagersController {
    private static final Set<String> DONE = Set.of("invited", "appointed", "removed");

    private final FundManagers managers;
    private final FundManagerInvitations invitations;
    private final CommunityDirectory directory;
    private final Geography geography;
    private final Validator validator;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    FundManagersController(
            FundManagers managers,
            FundManagerInvitations invitations,
            CommunityDirectory directory,
            Geography geography,
            Validator validator,
            MessageSource messages,
            HttpLocaleResolver locales) {
        this.managers = managers;
        this.invitations = invitations;
        this.directory = directory;
        this.geography = geography;
        this.validator = validator;
        this.messages = messages;
        this.locales = locales;
    }

    @Get
    @View("officer/fund-managers")
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue Integer province) {
        Locale locale = locales.resolveOrDefault(request);
        Map<CommunityFund, List<Account>> managed = new LinkedHashMap<>();
        managers.byFund()
                .forEach((fundId, people) -> directory.fund(fundId).ifPresent(f -> managed.put(f.fund(), people)));
        Map<String, Object> model = new HashMap<>();
        model.put("managed", managed);
        model.put("provinces", Geography.inReadingOrder(geography.provinces(), locale));
        model.put("province", province);
        model.put("funds", province == null ? List.of() : directory.funds(province));
        return model;
    }

    @Get("/{fund}")
    @View("officer/fund-manager")
    Map<String, Object> fund(@PathVariable long fund, @Nullable @QueryValue String done) {
        Map<String, Object> model = model(fund, Map.of());
        model.put("done", done != null && DONE.contains(done) ? done : null);
        return model;
    }

    @Post("/{fund}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long fund,
            @Body FundManagerForm form) {
        CommunityFund chosen = fundOf(fund);
        List<FieldError> errors = Forms.violations(validator, messages, form);
        try {
            if (errors.isEmpty()) {
                FundManagers.Appointment appointed = invitations.invite(Officer.id(authentication), chosen, form);
                return HttpResponse.seeOther(URI.create("/officer/fund-managers/" + fund + "?done="
                        + (appointed.newAccount() ? "invited" : "appointed") + "#managers"));
            }
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
        Map<String, String> typed = new HashMap<>();
        typed.put("login", form.login() == null ? "" : form.login());
        typed.put("displayName", form.displayName() == null ? "" : form.displayName());
        return Forms.invalid("officer/fund-manager", model(fund, typed), errors, locales.resolveOrDefault(request));
    }

    @Post("/{fund}/{account}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long fund,
            @PathVariable String account) {
        fundOf(fund);
        boolean ofThisFund =
                managers.managersOf(fund).stream().anyMatch(a -> a.publicId().equals(account));
        if (!ofThisFund) {
            throw new FundNotFoundException("manager " + account);
        }
        managers.remove(Officer.id(authentication), account);
        return HttpResponse.seeOther(URI.create("/officer/fund-managers/" + fund + "?done=removed#managers"));
    }

    private Map<String, Object> model(long fund, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("fund", fundOf(fund));
        model.put("managers", managers.managersOf(fund));
        model.put("form", form);
        return model;
    }

    private CommunityFund fundOf(long id) {
        return directory
                .fund(id)
                .map(CommunityDirectory.FundDetail::fund)
                .orElseThrow(() -> new FundNotFoundException("fund " + id));
    }
}
