package th.otop.webkit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/** The language switch: remembers the choice in a cookie and returns to the page the user was on. */
@Controller("/language")
class LanguageController {
    static final String COOKIE = "lang";
    private static final Set<String> SUPPORTED = Set.of("th", "en");

    @Get("/{code}")
    HttpResponse<?> switchTo(String code, @Nullable @Header("Referer") String referer) {
        if (!SUPPORTED.contains(code)) {
            return HttpResponse.notFound();
        }
        Cookie cookie = Cookie.of(COOKIE, code)
                .path("/")
                .maxAge(Duration.ofDays(365))
                .sameSite(SameSite.Lax)
                .httpOnly(true);
        return HttpResponse.seeOther(backTo(referer)).cookie(cookie);
    }

    /** The page the user came from, reduced to its path so the switch can never redirect off-site. */
    static URI backTo(@Nullable String referer) {
        try {
            URI from = URI.create(referer == null ? "/" : referer);
            String path = from.getRawPath() == null
                            || !from.getRawPath().startsWith("/")
                            || from.getRawPath().startsWith("//")
                    ? "/"
                    : from.getRawPath();
            return URI.create(from.getRawQuery() == null ? path : path + "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}
