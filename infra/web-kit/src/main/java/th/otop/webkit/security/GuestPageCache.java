package th.otop.webkit.security;

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
import io.micronaut.security.csrf.generator.CsrfHmacTokenGenerator;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.otop.webkit.GzipWithGaps;
import th.otop.webkit.RenderedPage;
import th.otop.webkit.security.KeptPages.Keep;
import th.otop.webkit.security.KeptPages.Page;

/**
 * Keeps pages that look the same to every guest (a product, search results), so a page many people open is rendered
 * once and then only copied. A controller says a page may be kept ({@link #keep}): for how long, under which tag (a
 * product's public id, so the page can be dropped when the product changes: {@link #drop}), and what a view must
 * still do when the kept page is shown again (count the products on it). The next guest asking for the same address in
 * the same language gets the kept page straight from this filter. Signed-in visitors, and any request that carries
 * credentials, always get a fresh page and never fill the cache. {@code otop.page-cache.max-size} bounds the memory;
 * the least useful pages go first.
 *
 * <p>The only guest-specific text in such a page is the CSRF token of its forms. A kept page is compressed once, with a
 * gap wherever the token was (hidden fields and form actions spell it alike; {@link GzipWithGaps}), and each view fills
 * in the visitor's own token, only if it looks like a token we issue, and sends the page as kept: not rendered, not
 * compressed again. A page in which the token also appears any other way is not kept. A product's change drops its
 * pages, and a page rendered from what was read before the drop is not kept either.
 */
@Requires(property = "otop.security.enabled", value = "true")
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// after security (39,000), so access rules still apply, and inside the CSRF cookie issuer and the security headers (0),
// so a kept page still gets both; before rendering (49,000), so it sees the rendered page
@Order(45_000)
public class GuestPageCache {
    private static final String KEEP = "otop.page-cache.keep";
    private static final String STARTED = "otop.page-cache.started";
    /** Guest pages by outcome; the page benchmark reads it from {@code /prometheus}. */
    private static final String METRIC = "otop.guest.pages";

    private static final MediaType HTML =
            new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));
    /**
     * A token as issued: URL-safe Base64 on both sides of the dot, so it reads the same as is (hidden fields) and
     * URL-escaped (form actions), and no escaping can change it.
     */
    private static final Pattern TOKEN = Pattern.compile("(?<hmac>[A-Za-z0-9_-]+)\\.(?<random>[A-Za-z0-9_-]{16,})");

    /** A coding's weight of zero: "not acceptable". */
    private static final Pattern REFUSED = Pattern.compile("\\s*[qQ]\\s*=\\s*0(\\.0{0,3})?\\s*");

    private final KeptPages pages;

    private final CsrfConfiguration csrf;
    private final CsrfHmacTokenGenerator<HttpRequest<?>> signer;
    private final String sessionCookie;
    private final HttpLocaleResolver locales;
    private final Counter shownKept;
    private final Counter keptNew;

    GuestPageCache(
            @Value("${otop.page-cache.max-size:48MB}") @ReadableBytes long maxBytes,
            CsrfConfiguration csrf,
            CsrfHmacTokenGenerator<HttpRequest<?>> signer,
            AccessTokenCookieConfiguration sessionCookie,
            HttpLocaleResolver locales,
            MeterRegistry meters) {
        this.pages = new KeptPages(maxBytes);
        this.csrf = csrf;
        this.signer = signer;
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

    /** Drops every kept page under these tags, and any such page still being rendered from what was read before. */
    public void drop(Collection<String> tags) {
        pages.drop(tags);
    }

    @RequestFilter
    @Nullable
    HttpResponse<byte[]> serveKept(HttpRequest<?> request) {
        if (!isGuestView(request)) {
            return null;
        }
        request.setAttribute(STARTED, System.nanoTime());
        Page page = pages.get(key(request));
        // a token as we issue them, never a cookie value we would paste into the page unescaped
        byte[] token = page == null ? null : tokenFor(request, page.body().gapLength());
        if (token == null) {
            return null;
        }
        page.keep().onShownAgain().run();
        shownKept.increment();
        return withBody(HttpResponse.ok(), page.body(), token, request);
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
        Matcher token = CsrfCookieIssuer.token(request, csrf)
                .map(TOKEN::matcher)
                .filter(parsed -> parsed.matches() && signed(parsed, request))
                .orElse(null);
        Page page = token == null ? null : withGaps(rendered.html(), token, keep);
        Long started = request.getAttribute(STARTED, Long.class).orElse(null);
        if (page != null && started != null && pages.keep(key(request), page, started)) {
            keptNew.increment();
            if (acceptsGzip(request)) {
                // already compressed for keeping, so this response is not compressed a second time
                withBody(response, page.body(), token.group().getBytes(StandardCharsets.US_ASCII), request);
            }
        }
    }

    /**
     * Whether a token is one we issued, signed with our key: a page is cut where its token stands, so a made-up value
     * must never decide where other guests' tokens go.
     */
    private boolean signed(Matcher parsed, HttpRequest<?> request) {
        return MessageDigest.isEqual(
                signer.hmac(request, parsed.group("random")).getBytes(StandardCharsets.US_ASCII),
                parsed.group("hmac").getBytes(StandardCharsets.US_ASCII));
    }

    /** The visitor's token, if it is one we issue (never a cookie value pasted in unescaped) and fits the gaps. */
    private @Nullable byte[] tokenFor(HttpRequest<?> request, int gapLength) {
        return CsrfCookieIssuer.token(request, csrf)
                .filter(t -> TOKEN.matcher(t).matches())
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .filter(t -> t.length == gapLength)
                .orElse(null);
    }

    /** The page with the token filled in: as kept, gzip, for clients that take it, or else uncompressed. */
    private static MutableHttpResponse<byte[]> withBody(
            MutableHttpResponse<?> response, GzipWithGaps body, byte[] token, HttpRequest<?> request) {
        response.contentType(HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(request)) {
            return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body.gzip(token));
        }
        return response.body(body.plain(token));
    }

    /** Whether {@code Accept-Encoding} names gzip, or else "*", without {@code q=0}. */
    private static boolean acceptsGzip(HttpRequest<?> request) {
        Boolean gzip = null;
        boolean any = false;
        for (String header : request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING)) {
            for (String coding : header.split(",")) {
                String[] nameAndParameters = coding.split(";");
                String name = nameAndParameters[0].trim();
                boolean taken = Arrays.stream(nameAndParameters).skip(1).noneMatch(p -> REFUSED.matcher(p)
                        .matches());
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    gzip = taken;
                } else if (name.equals("*")) {
                    any = taken;
                }
            }
        }
        return gzip != null ? gzip : any;
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
    private static @Nullable Page withGaps(String html, Matcher parsed, Keep keep) {
        String token = parsed.group();
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
                return new Page(GzipWithGaps.of(parts, token.length()), keep);
            }
            from = at + token.length();
        }
    }
}
