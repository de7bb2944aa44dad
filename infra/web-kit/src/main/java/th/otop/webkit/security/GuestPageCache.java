package th.otop.webkit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import th.otop.webkit.RenderedPage;

/**
 * Keeps pages that look the same to every guest (a product, search results), so a page many people open is rendered
 * once and then only copied. A controller says a page may be kept ({@link #keep}): for how long, under which tag (a
 * product's public id, so the page can be dropped when the product changes: {@link #drop}), and what a view must
 * still do when the kept page is shown again (count the products on it). The next guest asking for the same address in
 * the same language gets the kept page straight from this filter. Signed-in visitors, and any request that carries
 * credentials, always get a fresh page and never fill the cache. {@code otop.page-cache.max-size} bounds the memory;
 * the least useful pages go first.
 *
 * <p>The only guest-specific text in such a page is the CSRF token of its forms. A kept page holds a gap wherever the
 * token was (hidden fields and form actions spell it alike), and each view fills in the visitor's own token, only if it
 * looks like a token we issue. A page in which the token also appears any other way is not kept.
 */
@Requires(property = "otop.security.enabled", value = "true")
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// after security (39,000), so access rules still apply, and inside the CSRF cookie issuer and the security headers (0),
// so a kept page still gets both; before rendering (49,000), so it sees the rendered page
@Order(45_000)
public class GuestPageCache {
    private static final String KEEP = "otop.page-cache.keep";
    /** Guest pages by outcome; the page benchmark reads it from {@code /prometheus}. */
    private static final String METRIC = "otop.guest.pages";

    private static final MediaType HTML =
            new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));
    /**
     * A token as issued: URL-safe Base64 on both sides of the dot, so it reads the same as is (hidden fields) and
     * URL-escaped (form actions), and no escaping can change it.
     */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+\\.(?<random>[A-Za-z0-9_-]{16,})");

    private record Keep(Duration maxAge, @Nullable String tag, Runnable onShownAgain) {}

    /** A rendered page cut where the token stood: the visitor's token goes between each two parts. */
    private record Page(List<byte[]> parts, Keep keep) {
        int bytes() {
            return parts.stream().mapToInt(p -> p.length).sum();
        }

        byte[] withToken(String token) {
            byte[] gap = token.getBytes(StandardCharsets.UTF_8);
            byte[] page = new byte[bytes() + (parts.size() - 1) * gap.length];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    System.arraycopy(gap, 0, page, at, gap.length);
                    at += gap.length;
                }
                byte[] part = parts.get(i);
                System.arraycopy(part, 0, page, at, part.length);
                at += part.length;
            }
            return page;
        }
    }

    private final Cache<String, Page> pages;
    private final CsrfConfiguration csrf;
    private final String sessionCookie;
    private final HttpLocaleResolver locales;
    private final Counter shownKept;
    private final Counter keptNew;

    GuestPageCache(
            @Value("${otop.page-cache.max-size:48MB}") @ReadableBytes long maxBytes,
            CsrfConfiguration csrf,
            AccessTokenCookieConfiguration sessionCookie,
            HttpLocaleResolver locales,
            MeterRegistry meters) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Page>weigher((key, page) -> page.bytes())
                .expireAfter(
                        Expiry.writing((String key, Page page) -> page.keep().maxAge()))
                .build();
        this.csrf = csrf;
        this.sessionCookie = sessionCookie.getCookieName();
        this.locales = locales;
        // on /prometheus: how often a guest's page came from memory, against pages rendered and kept
        this.shownKept = meters.counter(METRIC, "outcome", "shown-kept");
        this.keptNew = meters.counter(METRIC, "outcome", "rendered-and-kept");
    }

    /**
     * Lets this request's page be kept for guests for {@code maxAge} when it renders without error, under {@code tag}
     * if given; {@code onShownAgain} runs each time the kept page is shown. A zero {@code maxAge} keeps nothing.
     */
    public void keep(HttpRequest<?> request, Duration maxAge, @Nullable String tag, Runnable onShownAgain) {
        if (!maxAge.isZero() && !maxAge.isNegative()) {
            request.setAttribute(KEEP, new Keep(maxAge, tag, onShownAgain));
        }
    }

    /** Drops every kept page under these tags. */
    public void drop(Collection<String> tags) {
        pages.asMap()
                .values()
                .removeIf(page ->
                        page.keep().tag() != null && tags.contains(page.keep().tag()));
    }

    @RequestFilter
    @Nullable
    HttpResponse<byte[]> serveKept(HttpRequest<?> request) {
        Page page = isGuestView(request) ? pages.getIfPresent(key(request)) : null;
        // a token as we issue them, never a cookie value we would paste into the page unescaped
        String token = page == null
                ? null
                : CsrfCookieIssuer.token(request, csrf)
                        .filter(t -> TOKEN.matcher(t).matches())
                        .orElse(null);
        if (token == null) {
            return null;
        }
        page.keep().onShownAgain().run();
        shownKept.increment();
        return HttpResponse.ok(page.withToken(token)).contentType(HTML);
    }

    @ResponseFilter
    void store(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Keep keep = request.getAttribute(KEEP, Keep.class).orElse(null);
        if (keep == null
                || !isGuestView(request)
                || response.getStatus() != HttpStatus.OK
                // a cookie the page itself sets is for this visitor; the CSRF cookie is added outside this filter
                || response.getHeaders().contains(HttpHeaders.SET_COOKIE)
                || !(response.body() instanceof RenderedPage rendered)) {
            return;
        }
        CsrfCookieIssuer.token(request, csrf)
                .map(token -> withGaps(rendered.html(), token, keep))
                .ifPresent(page -> {
                    pages.put(key(request), page);
                    keptNew.increment();
                });
    }

    /** A GET by nobody signed in, by any means; a session cookie, even an expired one, counts as signed in. */
    private boolean isGuestView(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.GET
                && request.getUserPrincipal().isEmpty()
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                && request.getCookies().findCookie(sessionCookie).isEmpty();
    }

    /**
     * The address as asked for, in the visitor's language, and what a page's absolute links may be built from when no
     * site address is configured (host and scheme), so a forged header never changes a page other guests get.
     */
    private String key(HttpRequest<?> request) {
        return request.getHeaders().get(HttpHeaders.HOST) + " " + SessionCookies.overTls(request) + " "
                + request.getUri() + " " + locales.resolveOrDefault(request).toLanguageTag();
    }

    /** The page cut where the token stood; nothing when the token also stands there in some other spelling. */
    private static @Nullable Page withGaps(String html, String token, Keep keep) {
        var parsed = TOKEN.matcher(token);
        if (!parsed.matches()) {
            return null;
        }
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = html.indexOf(token, from);
            String rest = html.substring(from, at < 0 ? html.length() : at);
            if (rest.contains(parsed.group("random"))) {
                return null;
            }
            parts.add(rest.getBytes(StandardCharsets.UTF_8));
            if (at < 0) {
                return new Page(List.copyOf(parts), keep);
            }
            from = at + token.length();
        }
    }
}
