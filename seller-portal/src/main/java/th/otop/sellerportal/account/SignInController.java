package th.otop.sellerportal.account;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignInAttempt;
import th.otop.catalog.account.SignIns;
import th.otop.webkit.security.SessionCookies;

/** Sign-in with an email or Thai mobile number; a wrong password keeps what was typed as the login. */
@Produces(MediaType.TEXT_HTML)
@Controller("/signin")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private final SignIns signIns;
    private final HttpClientAddressResolver addresses;
    private final SessionCookies sessions;
    private final HttpLocaleResolver locales;

    SignInController(
            SignIns signIns, HttpClientAddressResolver addresses, SessionCookies sessions, HttpLocaleResolver locales) {
        this.signIns = signIns;
        this.addresses = addresses;
        this.sessions = sessions;
        this.locales = locales;
    }

    @Get
    @View("account/signin")
    Map<String, Object> form(@Nullable @QueryValue String reset) {
        return Map.of("login", "", "reset", reset != null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String login = form.getOrDefault("login", "").strip();
        SignInAttempt attempt = signIns.attempt(login, form.getOrDefault("password", ""), addresses.resolve(request));
        Optional<Account> account = attempt.account();
        if (account.isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            model.put("login", login);
            model.put("failed", !attempt.throttled());
            model.put("reset", false);
            if (attempt.throttled()) {
                model.put("wait", attempt.waitMessage().message(locales.resolveOrDefault(request)));
                return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header("Retry-After", String.valueOf(attempt.retryAfterSeconds()))
                        .body(new ModelAndView<>("account/signin", model));
            }
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("account/signin", model));
        }
        // officers work from their own desk, fund managers from their fund's; everyone else from the shop dashboard
        Role role = account.get().role();
        String home = role == Role.OFFICER || role == Role.ADMIN
                ? "/officer"
                : role == Role.FUND_MANAGER ? "/fund" : "/dashboard";
        return sessions.signIn(account.get(), request, HttpResponse.seeOther(URI.create(home)));
    }
}
