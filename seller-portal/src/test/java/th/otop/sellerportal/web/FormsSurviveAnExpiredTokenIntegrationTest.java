package th.otop.sellerportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * A form posted after its CSRF cookie expired (or without one) is neither lost nor silently sent to sign-in: the
 * answer keeps every typed value (never the password) behind one "save again" button with a fresh token, and that
 * button saves. Signed in or not, in Thai and in English.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class FormsSurviveAnExpiredTokenIntegrationTest implements RealServices {
    private static final Pattern ACTION =
            Pattern.compile("<form method=\"post\" action=\"([^\"]+)\" id=\"resubmit-form\"[^>]*>");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Test
    void aSignedInProducersListingIsKeptAndSavedWithOneMorePress() {
        PortalSession producer = PortalSession.newProducer(client, "expired@example.com", "ร้านโทเค็นหมดอายุ");
        String stale = producer.csrf();
        producer.setCookie(PortalSession.CSRF_COOKIE, ""); // the hour-long cookie has expired
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("titleTh", "ผ้าไหม & ลายขิด \"พิเศษ\"");
        typed.put("category", "CLOTH");
        typed.put("price", "1200");
        typed.put("stock", "4");
        typed.put("unitTh", "ผืน");
        typed.put("weightGrams", "300");
        typed.put("processingDays", "2");
        typed.put("csrfToken", stale);
        HttpResponse<String> refused = producer.send(HttpRequest.POST("/listings?csrfToken=" + stale, typed)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
        String page = PortalSession.body(refused);
        assertEquals(403, refused.getStatus().getCode(), page);
        assertTrue(page.contains("กรุณากดบันทึกอีกครั้ง"), page);
        assertTrue(page.contains("ข้อมูลที่คุณพิมพ์ไว้ยังอยู่ครบ"), page);
        String fresh = producer.cookie(PortalSession.CSRF_COOKIE).orElseThrow();
        assertNotEquals(stale, fresh, "a fresh token comes with the page");

        Map<String, String> again = hiddenFields(page);
        assertEquals(fresh, again.get("csrfToken"));
        assertEquals("ผ้าไหม & ลายขิด \"พิเศษ\"", again.get("titleTh"), "typed values come back exactly");
        assertEquals("1200", again.get("price"));
        String action = action(page);
        assertTrue(action.startsWith("/listings?csrfToken="), action);

        HttpResponse<String> saved = producer.send(HttpRequest.POST(action, again)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(303, saved.getStatus().getCode(), PortalSession.body(saved));
        assertTrue(saved.header("Location").startsWith("/listings/"), saved.header("Location"));
    }

    @Test
    void aSignUpWithoutATokenIsKeptButNeverItsPassword() {
        PortalSession visitor = new PortalSession(client);
        visitor.setCookie("lang", "en");
        HttpResponse<String> refused = visitor.postWithoutCsrf(
                "/signup", Map.of("displayName", "Somsri", "login", "kept@example.com", "password", "long-enough-1"));
        String page = PortalSession.body(refused);
        assertEquals(403, refused.getStatus().getCode(), page);
        assertTrue(page.contains("Please press save again"), page);
        assertTrue(page.contains("class=\"site-header\""), "in the app's layout");
        Map<String, String> again = hiddenFields(page);
        assertEquals("kept@example.com", again.get("login"));
        assertEquals("Somsri", again.get("displayName"));
        assertFalse(again.containsKey("password"), "a password is never echoed back");
        assertFalse(page.contains("long-enough-1"), "a password is never echoed back");
        assertTrue(accounts.authenticate("kept@example.com", "long-enough-1").isEmpty(), "nothing was done yet");
    }

    @Test
    void aScriptWithAStaleTokenGetsAMessageToReload() {
        PortalSession producer = PortalSession.newProducer(client, "stale-json@example.com", "ร้านสคริปต์");
        String listing = producer.newListing("ผ้าฝ้าย", "300", "2");
        HttpResponse<String> refused = producer.send(HttpRequest.POST("/listings/" + listing + "/autosave", Map.of())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header("X-CSRF-TOKEN", "stale.token"));
        assertEquals(403, refused.getStatus().getCode());
        assertTrue(
                PortalSession.body(refused).contains("กรุณาโหลดหน้าใหม่แล้วกดบันทึกอีกครั้ง"),
                PortalSession.body(refused));
    }

    private static String action(String page) {
        Matcher m = ACTION.matcher(page);
        assertTrue(m.find(), page);
        return unescape(m.group(1));
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), unescape(m.group(2)));
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
