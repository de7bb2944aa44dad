package th.otop.storefront.site;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The site's absolute address for canonical links, Open Graph tags and sitemaps: {@code otop.site.url}
 * ({@code OTOP_SITE_URL}) in production, so a forged Host header can never change them; otherwise the address the
 * request came to, honouring the load balancer's {@code X-Forwarded-Proto}.
 */
@Singleton
public class SiteAddress {
    private final String configured;

    SiteAddress(@Value("${otop.site.url:}") String configured) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
    }

    public String base(HttpRequest<?> request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String host = request.getHeaders().get("Host");
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            host = "localhost";
        }
        boolean tls = request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
        return (tls ? "https://" : "http://") + host;
    }

    public String absolute(HttpRequest<?> request, String path) {
        return base(request) + path;
    }
}
