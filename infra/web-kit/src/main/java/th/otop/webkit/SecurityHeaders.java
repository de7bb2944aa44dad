package th.otop.webkit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every page gets. The CSP allows only our own scripts, styles, fonts and images (plus data:
 * images for QR codes); pages never load third-party code.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.add("X-Content-Type-Options", "nosniff");
        headers.add("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.add("Permissions-Policy", "geolocation=(), microphone=()");
        if (!headers.contains("Content-Security-Policy")) {
            headers.add("Content-Security-Policy", CONTENT_SECURITY_POLICY);
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
