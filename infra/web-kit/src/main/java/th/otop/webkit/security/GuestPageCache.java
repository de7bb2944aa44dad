package th.otop.webkit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.unbescape.uri.UriEscape;
import th.otop.webkit.RenderedPage;

/**
 * Keeps pages that look the same to every guest (a product, search results) for a few seconds, so a page many people
 * open costs one rendering per period instead of one per view. A controller opts a page in with {@link #allow}, saying
 * what a view must still do when the page is shown again (count the products on it). Signed-in visitors always get a fresh page;
 * so does every guest when {@code otop.page-cache.ttl} is zero.
 *
 * <p>The only guest-specific text in such a page is the CSRF token of its forms. A kept page holds a gap wherever the
 * token was, in the two spellings the page uses (as is in hidden fields, URL-encoded in form actions), and each view
 * fills in the visitor's own token. A page in which the token also appears any other way is not kept.
 */
@Requires(property = "otop.security.enabled", value = "true")
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// after security (39,000) and inside the CSRF cookie issuer and the security headers (0), so a kept page still gets
// both; before rendering (49,000), so it sees the rendered page
@Order(45_000)
public class GuestPageCache {
    private static final String ALLOWED = "otop.page-cache.allowed";
    private static final MediaType HTML =
            new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));
    /** The random half of a token: URL-safe Base64, so it reads the same in every spelling. */
    private static final Pattern TOKEN = Pattern.compile("(?<signature>[^.]+)\\.(?<random>[A-Za-z0-9_-]{16,})");

    private record Page(List<byte[]> parts, List<Boolean> encodedGaps, Runnable onShownAgain) {
        int bytes() {
            return parts.stream().mapToInt(p -> p.length).sum();
        }

        byte[] withToken(String token) {
            byte[] raw = token.getBytes(StandardCharsets.UTF_8);
            byte[] encoded = UriEscape.escapeUriQueryParam(token).getBytes(StandardCharsets.UTF_8);
            int length = 0;
            for (int i = 0; i < parts.size(); i++) {
                length += parts.get(i).length;
                if (i < encodedGaps.size()) {
                    length += encodedGaps.get(i) ? encoded.length : raw.length;
                }
            }
            byte[] page = new byte[length];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                byte[] part = parts.get(i);
                System.arraycopy(part, 0, page, at, part.length);
                at += part.length;
                if (i < encodedGaps.size()) {
                    byte[] gap = encodedGaps.get(i) ? encoded : raw;
                    System.arraycopy(gap, 0, page, at, gap.length);
                    at += gap.length;
                }
            }
            return page;
        }
    }

    private final @Nullable Cache<String, Page> pages;
    private final CsrfConfiguration csrf;
    private final String sessionCookie;
    private final HttpLocaleResolver locales;

    GuestPageCache(
            @Value("${otop.page-cache.ttl:0s}") Duration ttl,
            @Value("${otop.page-cache.max-size:48MB}") @ReadableBytes long maxBytes,
            CsrfConfiguration csrf,
            AccessTokenCookieConfiguration sessionCookie,
            HttpLocaleResolver locales) {
        this.pages = ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumWeight(maxBytes)
                        .<String, Page>weigher((key, page) -> page.bytes())
                        .build();
        this.csrf = csrf;
        this.sessionCookie = sessionCookie.getCookieName();
        this.locales = locales;
    }

    /**
     * Lets this request's page be kept for guests when it renders without error; {@code onShownAgain} runs each time
     * the kept page is shown to another guest, for what a view must still do without rendering.
     */
    public static void allow(HttpRequest<?> request, Runnable onShownAgain) {
        request.setAttribute(ALLOWED, onShownAgain);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveKept(HttpRequest<?> request) {
        if (pages == null || !isGuestView(request)) {
            return null;
        }
        Page page = pages.getIfPresent(key(request));
        String token = CsrfCookieIssuer.token(request, csrf).orElse(null);
        if (page == null || token == null) {
            return null;
        }
        page.onShownAgain().run();
        return HttpResponse.ok(page.withToken(token)).contentType(HTML);
    }

    @ResponseFilter
    void keep(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Runnable onShownAgain = request.getAttribute(ALLOWED, Runnable.class).orElse(null);
        if (pages == null
                || onShownAgain == null
                || !isGuestView(request)
                || response.getStatus() != HttpStatus.OK
                || response.getHeaders().contains(HttpHeaders.SET_COOKIE)
                || !(response.body() instanceof RenderedPage rendered)) {
            return;
        }
        CsrfCookieIssuer.token(request, csrf)
                .map(token -> withGaps(rendered.html(), token, onShownAgain))
                .ifPresent(page -> pages.put(key(request), page));
    }

    private boolean isGuestView(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.GET
                && request.getCookies().findCookie(sessionCookie).isEmpty();
    }

    /** The address as asked for, on this host, in the visitor's language. */
    private String key(HttpRequest<?> request) {
        return request.getHeaders().get(HttpHeaders.HOST) + " " + request.getUri() + " "
                + locales.resolveOrDefault(request).toLanguageTag();
    }

    /** The page cut where the token stood; nothing when the token also stands there in some other spelling. */
    private static @Nullable Page withGaps(String html, String token, Runnable onShownAgain) {
        var parsed = TOKEN.matcher(token);
        if (!parsed.matches()) {
            return null;
        }
        String encoded = UriEscape.escapeUriQueryParam(token);
        List<byte[]> parts = new ArrayList<>();
        List<Boolean> encodedGaps = new ArrayList<>();
        int from = 0;
        while (true) {
            int raw = html.indexOf(token, from);
            int url = encoded.equals(token) ? -1 : html.indexOf(encoded, from);
            int at = raw < 0 ? url : url < 0 ? raw : Math.min(raw, url);
            String rest = html.substring(from, at < 0 ? html.length() : at);
            if (rest.contains(parsed.group("random"))) {
                return null;
            }
            parts.add(rest.getBytes(StandardCharsets.UTF_8));
            if (at < 0) {
                return new Page(List.copyOf(parts), List.copyOf(encodedGaps), onShownAgain);
            }
            boolean isEncoded = at == url;
            encodedGaps.add(isEncoded);
            from = at + (isEncoded ? encoded.length() : token.length());
        }
    }
}
