package th.otop.storefront.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unbescape.uri.UriEscape;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.Products;
import th.otop.catalog.search.ExposureCounter;
import th.otop.devstack.RealServices;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/**
 * Product and search pages kept for guests: rendered once, shown to the next guest with that guest's own CSRF token
 * until the product changes, never to a signed-in visitor, kept apart per language, and still counted as impressions.
 */
@MicronautTest(transactional = false)
class GuestPageCacheIntegrationTest implements RealServices {
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern ACTION_TOKEN = Pattern.compile("[?&](?:amp;)?csrfToken=([^\"&]+)");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    EmbeddedServer server;

    @Inject
    Products products;

    @Inject
    ExposureCounter exposure;

    @Inject
    MeterRegistry meters;

    StorefrontMother.Catalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.super.getProperties());
        properties.put("otop.page-cache.product-pages", "10m");
        properties.put("otop.page-cache.listing-pages", "10m");
        return properties;
    }

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    @Test
    void theNextGuestGetsTheKeptPageWithTheirOwnTokenUntilTheProductChanges() {
        ShopperSession first = new ShopperSession(client);
        String address = first.get("/p/" + catalogue.chilli()).header(HttpHeaders.LOCATION);
        String firstPage = first.page(address);
        String firstToken = first.cookie(ShopperSession.CSRF_COOKIE).orElseThrow();
        assertTrue(firstPage.contains("สินค้าชุมชน"), "ungraded so far");
        assertFormsCarry(firstToken, firstPage);

        double shownBefore = shownKept();
        ShopperSession second = new ShopperSession(client);
        HttpResponse<String> kept = second.get(address);
        assertEquals(shownBefore + 1, shownKept(), "the second guest got the kept page");
        assertEquals("nosniff", kept.header("X-Content-Type-Options"), "kept pages get the security headers too");
        assertTrue(kept.header("Content-Security-Policy").contains("default-src"));
        String secondPage = body(kept);
        String secondToken = second.cookie(ShopperSession.CSRF_COOKIE).orElseThrow();
        assertNotEquals(firstToken, secondToken, "each guest gets a token of their own");
        assertFormsCarry(secondToken, secondPage);
        assertFalse(secondPage.contains(firstToken.substring(firstToken.indexOf('.') + 1)), "no trace of the first");
        assertEquals(firstPage, withToken(secondPage, secondToken, firstToken), "the same page");

        // the token the kept page gave works: the second guest adds to the cart with it
        Matcher hidden = HIDDEN_TOKEN.matcher(secondPage);
        assertTrue(hidden.find());
        HttpResponse<String> added = second.post(
                "/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1", "csrfToken", hidden.group(1)));
        assertEquals(HttpStatus.SEE_OTHER, added.getStatus(), body(added));

        ShopperSession member = new ShopperSession(client);
        HttpResponse<String> signedUp = member.post(
                "/signup",
                Map.of("displayName", "สมพร", "login", "somporn.cache@example.com", "password", "ผ้าไหมสวยมาก123"));
        assertEquals(HttpStatus.SEE_OTHER, signedUp.getStatus(), body(signedUp));
        double shownToGuests = shownKept();
        assertTrue(member.page(address).contains("href=\"/account\""), "a signed-in visitor gets a page of their own");
        assertEquals(shownToGuests, shownKept(), "never the kept one");

        // an officer grades it: the kept page is dropped within about a second, and the next guest gets a fresh one
        mother.grade(products.findPublished(catalogue.chilli()).orElseThrow().id(), Grading.of(4, 2025));
        StorefrontMother.eventually(
                Duration.ofSeconds(10),
                () -> new ShopperSession(client).page(address).contains("OTOP 4 ดาว"));
        // the change is dropped once: the graded page is kept again, though the change is still seconds old
        StorefrontMother.eventually(Duration.ofSeconds(10), () -> {
            double before = shownKept();
            return new ShopperSession(client).page(address).contains("OTOP 4 ดาว") && shownKept() == before + 1;
        });
        double keptAgain = shownKept();
        assertTrue(new ShopperSession(client).page(address).contains("OTOP 4 ดาว"));
        assertEquals(keptAgain + 1, shownKept(), "and stays kept");
    }

    @Test
    void languagesAreKeptApartAndKeptSearchAndHomePagesStillCountTheirImpressions() {
        String search = "/search?q=" + URLEncoder.encode("ผ้า", StandardCharsets.UTF_8);
        String thai = new ShopperSession(client, "th-TH").page(search);
        String english = new ShopperSession(client, "en-GB").page(search);
        assertTrue(thai.contains("lang=\"th\""), thai);
        assertTrue(english.contains("lang=\"en\""), english);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        long before = impressions(today);
        List<String> again = List.of(
                new ShopperSession(client, "th-TH").page(search), new ShopperSession(client, "en-GB").page(search));
        long shownEachTime = thai.split("class=\"card\"").length - 1;
        assertTrue(shownEachTime > 0, thai);
        assertEquals(before + 2 * shownEachTime, impressions(today), "two kept pages, each counted");
        assertTrue(again.get(0).contains("lang=\"th\"") && again.get(1).contains("lang=\"en\""));

        long beforeHome = impressions(today);
        new ShopperSession(client).page("/");
        long rendered = impressions(today);
        new ShopperSession(client).page("/");
        assertTrue(rendered > beforeHome, "the home page's strips count");
        assertEquals(rendered - beforeHome, impressions(today) - rendered, "the kept home page counts the same");
    }

    @Test
    void headerSignInsAreIgnoredAndAForgedTokenCookieIsNeverPastedIntoAKeptPage() {
        ShopperSession member = new ShopperSession(client);
        HttpResponse<String> signedUp = member.post(
                "/signup",
                Map.of("displayName", "วันดี", "login", "wandee.cache@example.com", "password", "ผ้าไหมสวยมาก123"));
        assertEquals(HttpStatus.SEE_OTHER, signedUp.getStatus(), body(signedUp));
        String address = member.get("/p/" + catalogue.cotton()).header(HttpHeaders.LOCATION);
        String jwt = member.cookie("JWT").orElseThrow();

        for (String authorization : List.of(
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        "wandee.cache@example.com:ผ้าไหมสวยมาก123".getBytes(StandardCharsets.UTF_8)),
                "Bearer " + jwt)) {
            HttpResponse<String> page = new ShopperSession(client)
                    .send(HttpRequest.GET(address).header(HttpHeaders.AUTHORIZATION, authorization));
            assertTrue(body(page).contains("href=\"/signin\""), "signed in only by the cookie: " + authorization);
        }
        assertFalse(new ShopperSession(client).page(address).contains("href=\"/account\""));

        String forged = "abc\"><b>forged</b>";
        HttpResponse<String> withForgedCookie = new ShopperSession(client)
                .send(HttpRequest.GET(address).header(HttpHeaders.COOKIE, "csrfToken=" + forged));
        assertEquals(HttpStatus.OK, withForgedCookie.getStatus());
        assertFalse(body(withForgedCookie).contains("<b>forged</b>"), body(withForgedCookie));

        // a token shaped like ours but not signed with our key never decides where other guests' tokens go
        double keptBefore = meters.counter("otop.guest.pages", "outcome", "rendered-and-kept")
                .count();
        String unsigned = "c2lnbmVkLWJ5LW5vYm9keS1hdC1hbGwtcmVhbGx5LXRydWx5" + ".ZmFrZS1yYW5kb20tdmFsdWU";
        HttpResponse<String> search = new ShopperSession(client)
                .send(HttpRequest.GET("/search?q=unsigned").header(HttpHeaders.COOKIE, "csrfToken=" + unsigned));
        assertEquals(HttpStatus.OK, search.getStatus());
        assertEquals(
                keptBefore,
                meters.counter("otop.guest.pages", "outcome", "rendered-and-kept")
                        .count(),
                "not kept");
        assertTrue(new ShopperSession(client).page("/search?q=unsigned").contains("unsigned"));
        assertEquals(
                keptBefore + 1,
                meters.counter("otop.guest.pages", "outcome", "rendered-and-kept")
                        .count(),
                "kept from a guest with a token we issued");
    }

    @Test
    void aKeptPageGoesOutGzippedAsKeptOrPlainToClientsThatRefuseGzip() throws Exception {
        URI address = server.getURI()
                .resolve(
                        new ShopperSession(client).get("/p/" + catalogue.silk()).header(HttpHeaders.LOCATION));
        java.net.http.HttpClient guests = java.net.http.HttpClient.newHttpClient();

        // each a first visit: rendered and kept, then shown as kept; then refusing gzip, as kept but inflated
        List<String> pages = new java.util.ArrayList<>();
        for (String acceptEncoding : List.of("gzip, deflate, br", "gzip, deflate, br", "gzip;q=0, identity")) {
            double shownBefore = shownKept();
            java.net.http.HttpResponse<byte[]> response = guests.send(
                    java.net.http.HttpRequest.newBuilder(address)
                            .header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals(pages.isEmpty() ? shownBefore : shownBefore + 1, shownKept(), "kept after the first");
            assertEquals(
                    Optional.of(HttpHeaders.ACCEPT_ENCODING), response.headers().firstValue(HttpHeaders.VARY));
            boolean gzip = acceptEncoding.startsWith("gzip,");
            assertEquals(
                    gzip ? Optional.of("gzip") : Optional.empty(),
                    response.headers().firstValue(HttpHeaders.CONTENT_ENCODING),
                    acceptEncoding);
            byte[] body = response.body();
            if (gzip) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes(); // checks the gzip trailer's CRC-32 and length too
                }
            }
            String page = new String(body, StandardCharsets.UTF_8);
            String token = response.headers().allValues(HttpHeaders.SET_COOKIE).stream()
                    .filter(c -> c.startsWith(ShopperSession.CSRF_COOKIE + "="))
                    .map(c -> c.substring(c.indexOf('=') + 1, c.indexOf(';')))
                    .findFirst()
                    .orElseThrow();
            assertFormsCarry(token, page);
            pages.add(withToken(page, token, "TOKEN"));
        }
        assertEquals(pages.get(0), pages.get(1), "the same page, from memory");
        assertEquals(pages.get(0), pages.get(2));
    }

    private double shownKept() {
        return meters.counter("otop.guest.pages", "outcome", "shown-kept").count();
    }

    private long impressions(LocalDate day) {
        return exposure.impressions(day, day).getOrDefault(ExposureCounter.Segment.ALL, 0L);
    }

    /** Every form's token, in the hidden field and in the action address (escaped as the page does), is this one. */
    private static void assertFormsCarry(String token, String page) {
        assertTokens(token, HIDDEN_TOKEN.matcher(page), page);
        assertTokens(UriEscape.escapeUriQueryParam(token), ACTION_TOKEN.matcher(page), page);
    }

    private static void assertTokens(String expected, Matcher found, String page) {
        int count = 0;
        while (found.find()) {
            assertEquals(expected, found.group(1), page);
            count++;
        }
        assertTrue(count >= 1, "the cart form: " + page);
    }

    private static String withToken(String page, String from, String to) {
        return page.replace(from, to).replace(UriEscape.escapeUriQueryParam(from), UriEscape.escapeUriQueryParam(to));
    }
}
