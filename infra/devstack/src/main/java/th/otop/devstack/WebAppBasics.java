package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

/**
 * What both apps promise on every deployment: a home page in Thai and English, a remembered language
 * switch, security headers, health with the database and Elasticsearch, and Prometheus metrics.
 */
public interface WebAppBasics extends RealServices {
    /** A client for the app under test, following no redirects. */
    HttpClient client();

    /** Text of the home page's heading in Thai and in English. */
    String thaiHeading();

    String englishHeading();

    @Test
    default void homePageFollowsTheBrowserLanguage() {
        String thai = client().toBlocking().retrieve(HttpRequest.GET("/").header("Accept-Language", "th-TH,th;q=0.9"));
        assertTrue(thai.contains(thaiHeading()), thai);
        assertTrue(thai.contains("lang=\"th\""), "html lang attribute");
        String english = client().toBlocking().retrieve(HttpRequest.GET("/").header("Accept-Language", "en-US"));
        assertTrue(english.contains(englishHeading()), english);
        assertTrue(english.contains("/fonts/sarabun-thai-400-normal.woff2"), "the Thai web font is preloaded");
    }

    @Test
    default void languageSwitchIsRememberedInACookieAndReturnsToThePage() {
        HttpResponse<?> switched = exchangeNoRedirect(
                HttpRequest.GET("/language/en").header("Referer", "http://evil.example//evil.example/x?q=1"));
        assertEquals(HttpStatus.SEE_OTHER, switched.getStatus());
        assertEquals("/?q=1", switched.header("Location"), "never redirects off-site");
        String cookie = switched.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.startsWith("lang=en"), cookie);

        HttpResponse<?> back =
                exchangeNoRedirect(HttpRequest.GET("/language/th").header("Referer", "http://localhost/some/page?x=1"));
        assertEquals("/some/page?x=1", back.header("Location"));

        String page = client().toBlocking()
                .retrieve(HttpRequest.GET("/")
                        .header("Accept-Language", "th")
                        .cookie(io.micronaut.http.cookie.Cookie.of("lang", "en")));
        assertTrue(page.contains(englishHeading()), "the cookie wins over the browser's language");
    }

    @Test
    default void pagesCarrySecurityHeaders() {
        HttpResponse<String> response = client().toBlocking().exchange(HttpRequest.GET("/"), String.class);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        String csp = response.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        HttpResponse<String> behindTls =
                client().toBlocking().exchange(HttpRequest.GET("/").header("X-Forwarded-Proto", "https"), String.class);
        assertNotNull(behindTls.header("Strict-Transport-Security"), "HSTS behind a TLS load balancer");
        assertEquals(null, response.header("Strict-Transport-Security"), "no HSTS on plain HTTP");
    }

    @Test
    default void healthReportsDatabaseAndElasticsearchUp() {
        String health = client().toBlocking().retrieve("/health");
        assertTrue(health.startsWith("{\"name\""), health);
        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertTrue(health.contains("\"jdbc\""), health);
        assertTrue(health.contains("\"elasticsearchclient\""), health);
        assertTrue(!health.contains("\"DOWN\""), health);
    }

    @Test
    default void prometheusMetricsAreExposed() {
        String metrics = client().toBlocking().retrieve("/prometheus");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
        assertTrue(metrics.contains("hikaricp_connections"), "connection pool metrics");
    }

    @Test
    default void unknownLanguageIsNotFound() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client().toBlocking().exchange("/language/xx"));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    private HttpResponse<?> exchangeNoRedirect(HttpRequest<?> request) {
        return client().toBlocking().exchange(request);
    }
}
