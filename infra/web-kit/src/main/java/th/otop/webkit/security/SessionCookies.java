package th.otop.webkit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import th.otop.catalog.account.Account;

/**
 * Starts and ends a browser's session. The sign-in cookie holds a signed JWT (HttpOnly, SameSite=Lax,
 * Secure whenever the request came over TLS, also when TLS ended at a load balancer that says so in
 * {@code X-Forwarded-Proto}); a fresh CSRF cookie is issued with it.
 */
@Requires(property = "otop.security.enabled", value = "true")
@Singleton
public class SessionCookies {
    private final TokenCookieLoginHandler loginHandler;
    private final AccessTokenCookieConfiguration tokenCookie;

    SessionCookies(TokenCookieLoginHandler loginHandler, AccessTokenCookieConfiguration tokenCookie) {
        this.loginHandler = loginHandler;
        this.tokenCookie = tokenCookie;
    }

    /** Adds the cookies of a new session for the account to the response. */
    public <T extends MutableHttpResponse<?>> T signIn(Account account, HttpRequest<?> request, T response) {
        List<Cookie> cookies = loginHandler.getCookies(SignedIn.tokenClaims(account), request);
        boolean secure = overTls(request);
        cookies.forEach(cookie -> response.cookie(cookie.secure(secure).sameSite(SameSite.Lax)));
        return response;
    }

    /** Adds a cookie to the response that removes this browser's sign-in cookie. */
    public <T extends MutableHttpResponse<?>> T signOut(HttpRequest<?> request, T response) {
        response.cookie(Cookie.of(tokenCookie.getCookieName(), "")
                .path(tokenCookie.getCookiePath().orElse("/"))
                .maxAge(Duration.ZERO)
                .httpOnly(true)
                .secure(overTls(request))
                .sameSite(SameSite.Lax));
        return response;
    }

    /** True when the browser reached us over TLS, directly or through a TLS-terminating load balancer. */
    public static boolean overTls(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
