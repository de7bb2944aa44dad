package th.otop.webkit;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every page gets. The CSP is {@link ContentSecurityPolicy#strict()}, unless the page sent a widened one of
 * its own.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// outside the guest page cache, so kept pages get it too
@Order(0)
class SecurityHeaders {
    private static final String CONTENT_SECURITY_POLICY =
            ContentSecurityPolicy.strict().toString();

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.add("X-Content-Type-Options", "nosniff");
        headers.add("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.add("Permissions-Policy", "geolocation=(), microphone=()");
        if (!headers.contains(ContentSecurityPolicy.HEADER)) {
            headers.add(ContentSecurityPolicy.HEADER, CONTENT_SECURITY_POLICY);
        }
        if (servedOverTls(request)) {
            headers.add("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** Behind a load balancer TLS ends there, so trust its forwarded protocol header too. */
    private static boolean servedOverTls(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
