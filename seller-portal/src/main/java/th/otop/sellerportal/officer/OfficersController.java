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
import th.otop.catalog.account.OfficerRoster;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/** Admins only: the officers, promoting an existing account to officer, and returning an officer to a plain account. */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/officers")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficersController {
    private final OfficerRoster roster;
    private final HttpLocaleResolver locales;

    OfficersController(OfficerRoster roster, HttpLocaleResolver locales) {
        this.roster = roster;
        this.locales = locales;
    }

    @Get
    @View("officer/officers")
    Map<String, Object> list() {
        return model(Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> promote(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        try {
            roster.promote(Officer.id(authentication), Forms.value(form, "login"));
            return HttpResponse.seeOther(URI.create("/officer/officers"));
        } catch (InvalidInputException e) {
            return Forms.invalid("officer/officers", model(form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    @Post("/{account}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable String account) {
        try {
            roster.revoke(Officer.id(authentication), account);
            return HttpResponse.seeOther(URI.create("/officer/officers"));
        } catch (InvalidInputException e) {
            return Forms.invalid("officer/officers", model(Map.of()), e.errors(), locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model(Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("officers", roster.officers());
        model.put("form", form);
        return model;
    }
}
