package th.otop.sellerportal.officer;

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
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.appeal.AppealNotFoundException;
import th.otop.catalog.appeal.ListingAppeals;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.notification.OfficerDecisions;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/** Producers' appeals against hidden listings, oldest first; an officer restores the listing or upholds the hide. */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/appeals")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class AppealsController {
    private final ListingAppeals appeals;
    private final OfficerDecisions decisions;
    private final HttpLocaleResolver locales;

    AppealsController(ListingAppeals appeals, OfficerDecisions decisions, HttpLocaleResolver locales) {
        this.appeals = appeals;
        this.decisions = decisions;
        this.locales = locales;
    }

    @Get
    @View("officer/appeals")
    Map<String, Object> queue(@Nullable @QueryValue Long decided) {
        Map<String, Object> model = model();
        model.put("decided", decided != null);
        return model;
    }

    @Post("/{appeal}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long appeal,
            @Body Map<String, String> form) {
        return decide(request, authentication, appeal, true, form);
    }

    @Post("/{appeal}/uphold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> uphold(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long appeal,
            @Body Map<String, String> form) {
        return decide(request, authentication, appeal, false, form);
    }

    private HttpResponse<?> decide(
            HttpRequest<?> request,
            Authentication authentication,
            long appeal,
            boolean restore,
            Map<String, String> form) {
        try {
            decisions.decideAppeal(Officer.id(authentication), appeal, restore, form.get("reply"));
            return HttpResponse.seeOther(URI.create("/officer/appeals?decided=" + appeal));
        } catch (AppealNotFoundException e) {
            throw Officer.notFound();
        } catch (InvalidInputException e) {
            Map<String, Object> model = model();
            model.put("errorTarget", appeal);
            model.put("typed", Map.of(appeal, Forms.value(form, "reply")));
            return Forms.invalid("officer/appeals", model, e.errors(), locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("appeals", appeals.open());
        return model;
    }
}
