package th.otop.storefront.cart;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import th.otop.catalog.account.Account;
import th.otop.orders.Buyer;
import th.otop.webkit.security.SignedIn;

/**
 * Who is shopping: a signed-in account, or a guest known by a random cart token in a cookie. The token is 192 random bits, so it cannot be
 * guessed, and the cookie carries it with an HMAC under the app's signing secret, so a value this app never issued is ignored
 * rather than trusted. The cookie is HttpOnly (no script reads it), {@code SameSite=Lax} (no other site's form can post with
 * it) and {@code Secure} behind TLS. Nothing about the cart is kept in server memory, so any app instance can serve any request.
 */
@Singleton
public class Shopper {
    static final String COOKIE = "cart";
    private static final String NEW_TOKEN = "otop.newCartToken";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SIGNED = Pattern.compile("([A-Za-z0-9_-]{32})\\.([A-Za-z0-9_-]{43})");

    private final SecretKeySpec key;

    Shopper(@Value("${otop.security.jwt-secret}") String secret) {
        this.key = new SecretKeySpec(("cart-cookie:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The shopper's existing buyer: the signed-in account, or the guest cart of this browser if it has one. */
    public Optional<Buyer> existing(HttpRequest<?> request) {
        return signedIn(request).map(a -> Buyer.account(a.id())).or(() -> guest(request));
    }

    /** Every buyer this browser speaks for, the account first: orders placed as a guest stay visible after sign-in. */
    public List<Buyer> all(HttpRequest<?> request) {
        List<Buyer> buyers = new ArrayList<>();
        signedIn(request).ifPresent(a -> buyers.add(Buyer.account(a.id())));
        guest(request).ifPresent(buyers::add);
        return buyers;
    }

    /** This browser's guest cart, if it has one. */
    public Optional<Buyer> guest(HttpRequest<?> request) {
        return token(request).map(Buyer::guest);
    }

    public Optional<Account> signedIn(HttpRequest<?> request) {
        return SignedIn.find(request.getUserPrincipal(Authentication.class).orElse(null));
    }

    /** The shopper's buyer, making a new cart token when there is none; {@link #remember} puts it in the response. */
    public Buyer of(HttpRequest<?> request) {
        Optional<Account> account = signedIn(request);
        if (account.isPresent()) {
            return Buyer.account(account.get().id());
        }
        return Buyer.guest(token(request)
                .orElseGet(() -> request.getAttribute(NEW_TOKEN, String.class).orElseGet(() -> {
                    String fresh = newToken();
                    request.setAttribute(NEW_TOKEN, fresh);
                    return fresh;
                })));
    }

    /** Sets (or refreshes) the cart cookie on the response. */
    public <T> MutableHttpResponse<T> remember(HttpRequest<?> request, MutableHttpResponse<T> response) {
        String token = token(request)
                .or(() -> request.getAttribute(NEW_TOKEN, String.class))
                .orElse(null);
        if (token == null) {
            return response;
        }
        boolean tls = request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
        return response.cookie(Cookie.of(COOKIE, token + "." + signature(token))
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(tls)
                .maxAge(Duration.ofDays(90)));
    }

    private Optional<String> token(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(COOKIE)
                .map(cookie -> SIGNED.matcher(cookie.getValue()))
                .filter(Matcher::matches)
                .filter(m -> MessageDigest.isEqual(
                        signature(m.group(1)).getBytes(StandardCharsets.US_ASCII),
                        m.group(2).getBytes(StandardCharsets.US_ASCII)))
                .map(m -> m.group(1));
    }

    private String signature(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
