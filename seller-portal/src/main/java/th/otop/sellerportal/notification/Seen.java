package th.otop.sellerportal.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import th.otop.catalog.producer.Verification;

/**
 * What this browser last saw on the notifications page: when, and the shop's verification state then. Kept in a cookie
 * (the portal holds no session state); without it everything simply counts as new, so nothing is missed.
 */
record Seen(Instant at, Optional<Verification> verification) {
    static final String COOKIE = "otop_seen";
    static final Seen NEVER = new Seen(Instant.EPOCH, Optional.empty());

    static Seen of(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(COOKIE)
                .map(Cookie::getValue)
                .map(Seen::parse)
                .orElse(NEVER);
    }

    static Seen parse(String value) {
        String[] parts = value.split("-", 2);
        try {
            Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            Optional<Verification> verification = Optional.empty();
            if (parts.length == 2) {
                verification = Optional.of(Verification.valueOf(parts[1]));
            }
            return new Seen(at, verification);
        } catch (IllegalArgumentException e) {
            return NEVER;
        }
    }

    Cookie cookie() {
        return Cookie.of(
                        COOKIE,
                        at.toEpochMilli()
                                + verification.map(v -> "-" + v.name()).orElse(""))
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .maxAge(Duration.ofDays(365));
    }
}
