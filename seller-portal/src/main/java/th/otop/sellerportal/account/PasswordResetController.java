package th.otop.sellerportal.account;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.PortalLinks;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;

/**
 * Password reset by a one-time link. Without a mail server the link is written to the log (the operator
 * passes it on); the page says the same thing whether or not the login exists.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordResetController {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetController.class);

    private final Accounts accounts;
    private final HttpLocaleResolver locales;
    private final PortalLinks links;

    PasswordResetController(Accounts accounts, HttpLocaleResolver locales, PortalLinks links) {
        this.accounts = accounts;
        this.locales = locales;
        this.links = links;
    }

    @Get
    @View("account/reset-request")
    Map<String, Object> requestForm() {
        return Map.of("sent", false);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> request(@Body Map<String, String> form) {
        accounts.startPasswordReset(Forms.value(form, "login"))
                .ifPresent(token ->
                        LOG.info("Password reset link (no mail server configured): {}", links.passwordReset(token)));
        return new ModelAndView<>("account/reset-request", Map.of("sent", true));
    }

    @Get("/{token}")
    @View("account/reset")
    Map<String, Object> resetForm(String token) {
        return Map.of("token", token);
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(HttpRequest<?> request, String token, @Body Map<String, String> form) {
        try {
            if (accounts.resetPassword(token, form.getOrDefault("password", ""))) {
                return HttpResponse.seeOther(URI.create("/signin?reset=done"));
            }
            return Forms.invalid(
                    "account/reset",
                    Map.of("token", token, "expired", true),
                    java.util.List.of(),
                    locales.resolveOrDefault(request));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "account/reset", Map.of("token", token), e.errors(), locales.resolveOrDefault(request));
        }
    }
}
