package th.otop.webkit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every page {@code csrfToken} (for the hidden field of each form), {@code account} (the signed-in
 * account, or nothing) and {@code reloadable} (the page answers a GET, so a reload shows it again: where form-keeper.js
 * may bring back a form whose token expired), so templates never ask for them.
 */
@Requires(property = "otop.security.enabled", value = "true")
@Singleton
class SessionModel implements ViewModelProcessor<Map<String, Object>> {
    static final String CSRF_TOKEN = "csrfToken";
    static final String ACCOUNT = "account";
    static final String RELOADABLE = "reloadable";

    private final CsrfConfiguration csrf;

    SessionModel(CsrfConfiguration csrf) {
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        CsrfCookieIssuer.token(request, csrf).ifPresent(token -> model.put(CSRF_TOKEN, token));
        SignedIn.find(request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                        .orElse(null))
                .ifPresent(account -> model.putIfAbsent(ACCOUNT, account));
        model.put(RELOADABLE, request.getMethod() == HttpMethod.GET);
        modelAndView.setModel(model);
    }
}
