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
import io.micronaut.views.View;
import java.net.URI;
import java.util.Map;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.SessionCookies;

@Produces(MediaType.TEXT_HTML)
@Controller("/signup")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignUpController {
    private final Accounts accounts;
    private final SessionCookies sessions;
    private final HttpLocaleResolver locales;

    SignUpController(Accounts accounts, SessionCookies sessions, HttpLocaleResolver locales) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.locales = locales;
    }

    @Get
    @View("account/signup")
    Map<String, Object> form() {
        return Map.of("form", Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(HttpRequest<?> request, @Body Map<String, String> form) {
        try {
            Account account = accounts.register(new SignUp(
                    Forms.value(form, "login"),
                    form.getOrDefault("password", ""),
                    Forms.value(form, "displayName"),
                    Role.PRODUCER,
                    "on".equals(form.get("marketingConsent"))));
            return sessions.signIn(account, request, HttpResponse.seeOther(URI.create("/shop")));
        } catch (InvalidInputException e) {
            Map<String, String> typed = new java.util.HashMap<>(form);
            typed.remove("password");
            return Forms.invalid(
                    "account/signup", Map.of("form", typed), e.errors(), locales.resolveOrDefault(request));
        }
    }
}
