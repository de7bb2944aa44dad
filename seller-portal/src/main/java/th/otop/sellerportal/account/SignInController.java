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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.webkit.security.SessionCookies;

/** Sign-in with an email or Thai mobile number; a wrong password keeps what was typed as the login. */
@Produces(MediaType.TEXT_HTML)
@Controller("/signin")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private final Authenticator<HttpRequest<?>> authenticator;
    private final Accounts accounts;
    private final SessionCookies sessions;

    SignInController(Authenticator<HttpRequest<?>> authenticator, Accounts accounts, SessionCookies sessions) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.sessions = sessions;
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
        AuthenticationResponse response = Mono.from(authenticator.authenticate(
                        request, new UsernamePasswordCredentials(login, form.getOrDefault("password", ""))))
                .blockOptional()
                .orElse(AuthenticationResponse.failure());
        Optional<Account> account = response.isAuthenticated()
                ? response.getAuthentication().flatMap(a -> accounts.findByPublicId(a.getName()))
                : Optional.empty();
        if (account.isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            model.put("login", login);
            model.put("failed", true);
            model.put("reset", false);
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
