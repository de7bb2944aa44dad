package th.otop.webkit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import java.util.Optional;

/**
 * Gives a browser that has no CSRF cookie yet (a first visit, the sign-up and sign-in forms) a fresh
 * token: in a cookie, and for the page being rendered in the request attribute {@link #ATTRIBUTE}, which
 * {@link SessionModel} puts into every form. Micronaut's CSRF filter then checks every form POST.
 */
@Requires(property = "otop.security.enabled", value = "true")
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// outside the guest page cache, so kept pages get it too
@Order(0)
class CsrfCookieIssuer {
    static final String ATTRIBUTE = "otop.csrf.issued";

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfConfiguration configuration;

    CsrfCookieIssuer(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfConfiguration configuration) {
        this.generator = generator;
        this.configuration = configuration;
    }

    @RequestFilter
    void issueWhenMissing(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET
                && request.getCookies()
                        .findCookie(configuration.getCookieName())
                        .isEmpty()
                && !isStaticFile(request.getPath())) {
            request.setAttribute(ATTRIBUTE, generator.generateCsrfToken(request));
        }
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(token -> {
            Cookie cookie = Cookie.of(configuration.getCookieName(), token);
            cookie.configure(configuration, request.isSecure());
            response.cookie(cookie.secure(SessionCookies.overTls(request)).sameSite(SameSite.Lax));
        });
    }

    /** The token for this request: the browser's cookie, or the one issued with this response. */
    static Optional<String> token(HttpRequest<?> request, CsrfConfiguration configuration) {
        return request.getAttribute(ATTRIBUTE, String.class).or(() -> request.getCookies()
                .findCookie(configuration.getCookieName())
                .map(Cookie::getValue));
    }

    private static boolean isStaticFile(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/fonts/")
                || path.startsWith("/images/")
                || path.startsWith("/photos/");
    }
}
