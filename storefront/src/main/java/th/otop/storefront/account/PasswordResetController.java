package th.otop.storefront.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.storefront.site.SiteAddress;

/**
 * A forgotten password: a one-time link, valid for an hour. Until a mail server is configured the link is written to
 * the log for the operator to pass on; the page says the same whether or not the login exists.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordResetController {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetController.class);

    private final Accounts accounts;
    private final SiteAddress site;
    private final HttpLocaleResolver locales;

    PasswordResetController(Accounts accounts, SiteAddress site, HttpLocaleResolver locales) {
        this.accounts = accounts;
        this.site = site;
        this.locales = locales;
    }

    @Get
    ModelAndView<Map<String, Object>> requestForm() {
        return new ModelAndView<>("account/reset-request", Map.of("sent", false));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> request(@Body Map<String, String> form, HttpRequest<?> request) {
        accounts.startPasswordReset(form.getOrDefault("login", "").strip())
                .ifPresent(token -> LOG.info(
                        "Password reset link (no mail server configured): {}",
                        site.absolute(request, "/reset/" + token)));
        return new ModelAndView<>("account/reset-request", Map.of("sent", true));
    }

    @Get("/{token}")
    ModelAndView<Map<String, Object>> resetForm(String token) {
        return new ModelAndView<>("account/reset", Map.of("token", token));
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(String token, @Body Map<String, String> form, HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        try {
            if (accounts.resetPassword(token, form.getOrDefault("password", ""))) {
                return HttpResponse.seeOther(URI.create("/signin?reset=done"));
            }
            model.put("expired", true);
        } catch (InvalidInputException e) {
            model.put("error", e.errors().get(0).message(locales.resolveOrDefault(request)));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("account/reset", model));
    }
}
