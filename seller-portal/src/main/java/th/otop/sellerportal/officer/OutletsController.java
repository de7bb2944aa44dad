package th.otop.sellerportal.officer;

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
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.notification.OfficerDecisions;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/** Pracharat Sukjai Shop outlets waiting for verification; an officer verifies or suspends each with a reason. */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/outlets")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletsController {
    private final Outlets outlets;
    private final OfficerDecisions decisions;
    private final Geography geography;
    private final HttpLocaleResolver locales;

    OutletsController(Outlets outlets, OfficerDecisions decisions, Geography geography, HttpLocaleResolver locales) {
        this.outlets = outlets;
        this.decisions = decisions;
        this.geography = geography;
        this.locales = locales;
    }

    @Get
    @View("officer/outlets")
    Map<String, Object> awaiting() {
        return model();
    }

    @Post("/{outlet}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> verify(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String outlet,
            @Body Map<String, String> form) {
        return decide(request, authentication, outlet, OutletStatus.VERIFIED, form);
    }

    @Post("/{outlet}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> suspend(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String outlet,
            @Body Map<String, String> form) {
        return decide(request, authentication, outlet, OutletStatus.SUSPENDED, form);
    }

    private HttpResponse<?> decide(
            HttpRequest<?> request,
            Authentication authentication,
            String publicId,
            OutletStatus decision,
            Map<String, String> form) {
        Outlet outlet = outlets.findByPublicId(publicId).orElseThrow(Officer::notFound);
        try {
            decisions.decideOutlet(
                    Officer.id(authentication), outlet.id(), decision, Forms.blankToNull(form.get("note")));
            return HttpResponse.seeOther(URI.create("/officer/outlets"));
        } catch (InvalidInputException e) {
            Map<String, Object> model = model();
            model.put("errorTarget", publicId);
            return Forms.invalid("officer/outlets", model, e.errors(), locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("outlets", outlets.awaitingVerification());
        model.put("geography", geography);
        return model;
    }
}
