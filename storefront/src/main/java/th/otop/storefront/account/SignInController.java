package th.otop.storefront.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignInAttempt;
import th.otop.catalog.account.SignIns;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.cart.Carts;
import th.otop.storefront.cart.Shopper;
import th.otop.storefront.site.LocalPath;
import th.otop.webkit.security.SessionCookies;

/**
 * Consumers sign up and sign in with an email address or a Thai mobile number. Marketing consent is off unless ticked.
 * What a guest put in the cart moves into the account's cart on sign-in, so nothing chosen is lost.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private final Accounts accounts;
    private final SignIns signIns;
    private final HttpClientAddressResolver addresses;
    private final SessionCookies sessions;
    private final Carts carts;
    private final Shopper shopper;
    private final HttpLocaleResolver locales;

    SignInController(
            Accounts accounts,
            SignIns signIns,
            HttpClientAddressResolver addresses,
            SessionCookies sessions,
            Carts carts,
            Shopper shopper,
            HttpLocaleResolver locales) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.addresses = addresses;
        this.sessions = sessions;
        this.carts = carts;
        this.shopper = shopper;
        this.locales = locales;
    }

    @Get("/signin")
    ModelAndView<Map<String, Object>> signInForm(HttpRequest<?> request) {
        ModelAndView<Map<String, Object>> page = view(
                "account/signin",
                Map.of("login", "", "next", LocalPath.or(request.getParameters().get("next"), "")),
                List.of(),
                Locale.ROOT);
        page.getModel()
                .orElseThrow()
                .put("reset", "done".equals(request.getParameters().get("reset")));
        return page;
    }

    @Post("/signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String login = form.getOrDefault("login", "").strip();
        SignInAttempt attempt = signIns.attempt(login, form.getOrDefault("password", ""), addresses.resolve(request));
        Optional<Account> account = attempt.account();
        if (account.isEmpty()) {
            FieldError refusal = attempt.throttled()
                    ? attempt.waitMessage()
                    : new FieldError(
                            "password",
                            "อีเมล/เบอร์มือถือหรือรหัสผ่านไม่ถูกต้อง",
                            "The email/mobile number or the password is not right");
            MutableHttpResponse<?> refused = attempt.throttled()
                    ? HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                            .header("Retry-After", String.valueOf(attempt.retryAfterSeconds()))
                    : HttpResponse.status(HttpStatus.UNAUTHORIZED);
            return refused.body(view(
                    "account/signin",
                    Map.of("login", login, "next", LocalPath.or(form.get("next"), "")),
                    List.of(refusal),
                    locales.resolveOrDefault(request)));
        }
        return welcome(account.get(), request, form.get("next"));
    }

    @Get("/signup")
    ModelAndView<Map<String, Object>> signUpForm() {
        return view("account/signup", Map.of(), List.of(), Locale.ROOT);
    }

    @Post("/signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(HttpRequest<?> request, @Body Map<String, String> form) {
        try {
            Account account = accounts.register(new SignUp(
                    form.getOrDefault("login", "").strip(),
                    form.getOrDefault("password", ""),
                    form.getOrDefault("displayName", "").strip(),
                    Role.CONSUMER,
                    "on".equals(form.get("marketingConsent"))));
            return welcome(account, request, null);
        } catch (InvalidInputException e) {
            Map<String, Object> typed = new HashMap<>(form);
            typed.remove("password");
            typed.remove("csrfToken");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(view("account/signup", typed, e.errors(), locales.resolveOrDefault(request)));
        }
    }

    /** Signs in and goes on to the page that asked for it (a product whose heart a guest pressed), or the account. */
    private HttpResponse<?> welcome(Account account, HttpRequest<?> request, @Nullable String next) {
        shopper.guest(request).ifPresent(guest -> carts.mergeGuestCart(guest, Buyer.account(account.id())));
        return sessions.signIn(account, request, HttpResponse.seeOther(URI.create(LocalPath.or(next, "/account"))));
    }

    private static ModelAndView<Map<String, Object>> view(
            String name, Map<String, ?> form, List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(locale), (a, b) -> a + " " + b));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", byField);
        return new ModelAndView<>(name, model);
    }
}
