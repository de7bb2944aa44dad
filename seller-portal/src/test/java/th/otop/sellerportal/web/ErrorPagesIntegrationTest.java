package th.otop.sellerportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * Every refusal the portal gives a browser is our page, in the layout, in Thai and in English, and never the
 * framework's English text: 403 (a producer opening the officers' desk), 404, 405, 413 (a body over the server's
 * max request size), 415 and 500; the upload script's JSON gets the same text. A form's own 422 (its fields and
 * their messages) is left as it is.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "error-pages-test", value = "true")
class ErrorPagesIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    /** A route that fails on purpose, to reach the 500 page from inside the app. */
    @Controller("/test-failures")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "error-pages-test")
    static class Failures {
        @Get(uri = "/boom", produces = MediaType.TEXT_HTML)
        String boom() {
            throw new IllegalStateException("secret internals");
        }
    }

    private static final Map<Integer, String[]> TITLES = Map.of(
            403, new String[] {"หน้านี้ไม่ได้มีไว้สำหรับบัญชีของคุณ", "This page is not for your account"},
            404, new String[] {"ไม่พบหน้าที่คุณต้องการ", "We could not find that page"},
            405, new String[] {"ใช้หน้านี้ด้วยวิธีนี้ไม่ได้", "This page cannot be used like that"},
            413, new String[] {"ไฟล์ใหญ่เกินไป", "The file is too large"},
            415, new String[] {"ไม่รับไฟล์ประเภทนี้", "This kind of file is not accepted"},
            500, new String[] {"ขออภัย ระบบของเราขัดข้อง", "Sorry, something went wrong on our side"});

    @Test
    void everyRefusalIsOurPageInBothLanguages() {
        for (String lang : new String[] {"th", "en"}) {
            int i = lang.equals("th") ? 0 : 1;
            PortalSession producer = PortalSession.newProducer(client, lang + "-errors@example.com", "ร้านข้อผิดพลาด");
            producer.setCookie("lang", lang);
            PortalSession visitor = new PortalSession(client);
            visitor.setCookie("lang", lang);
            visitor.csrf();

            Map<Integer, Function<PortalSession, HttpResponse<String>>> requests = Map.of(
                    403, s -> producer.get("/officer"),
                    404, s -> visitor.get("/no-such-page"),
                    405, s -> visitor.send(HttpRequest.DELETE("/signin").accept(MediaType.TEXT_HTML_TYPE)),
                    413, s -> producer.post("/listings", Map.of("titleTh", "x".repeat(17 * 1024 * 1024))),
                    415,
                            s -> visitor.send(HttpRequest.POST("/signin", "login=a")
                                    .contentType(MediaType.TEXT_PLAIN_TYPE)
                                    .accept(MediaType.TEXT_HTML_TYPE)),
                    500, s -> visitor.get("/test-failures/boom"));
            for (var request : requests.entrySet()) {
                int status = request.getKey();
                HttpResponse<String> response = request.getValue().apply(visitor);
                String body = PortalSession.body(response);
                String what = lang + " " + status + ": " + body.substring(0, Math.min(body.length(), 600));
                assertEquals(status, response.getStatus().getCode(), what);
                assertTrue(body.contains(TITLES.get(status)[i]), what);
                assertTrue(body.contains("class=\"site-header\""), "in the app's layout: " + what);
                assertTrue(body.contains("lang=\"" + lang + "\""), what);
                assertFalse(body.contains(status == 413 ? "Request Entity Too Large" : "secret internals"), what);
                assertFalse(body.contains("??"), "no missing texts: " + what);
                assertFalse(body.contains("\"message\":"), "no framework JSON error: " + what);
            }
        }
    }

    @Test
    void aFormsOwnRefusalKeepsTheFormAndItsMessages() {
        PortalSession producer = PortalSession.newProducer(client, "form-422@example.com", "ร้านฟอร์มผิด");
        HttpResponse<String> refused = producer.post("/listings", Map.of("titleTh", "", "price", "ฟรี"));
        String body = PortalSession.body(refused);
        assertEquals(422, refused.getStatus().getCode(), body);
        assertTrue(body.contains("id=\"titleTh-error\""), body);
        assertTrue(body.contains("name=\"price\""), "the form itself, not an error page: " + body);
    }

    @Test
    void aPageForAnotherRoleSaysWhomItIsFor() {
        PortalSession producer = PortalSession.newProducer(client, "role-403@example.com", "ร้านไม่มีสิทธิ์");
        String thai = PortalSession.body(producer.get("/officer"));
        assertTrue(thai.contains("หน้านี้สำหรับ:"), thai);
        assertTrue(thai.contains("<strong>เจ้าหน้าที่</strong>"), thai);
        producer.setCookie("lang", "en");
        String english = PortalSession.body(producer.get("/officer/officers"));
        assertTrue(english.contains("This page is for:"), english);
        assertTrue(english.contains("<strong>Admin</strong>"), english);
        assertFalse(english.contains("<strong>Officer</strong>"), "the roster is for admins only: " + english);
        assertTrue(english.contains("href=\"/dashboard\""), "a way back to the producer's own pages");
    }

    @Test
    void theUploadScriptGetsTheTooLargeMessageAsJson() {
        PortalSession producer = PortalSession.newProducer(client, "json-413@example.com", "ร้านรูปใหญ่");
        String listing = producer.newListing("ผ้าไหม", "500", "3");
        HttpResponse<String> tooLarge = producer.upload(
                "/listings/" + listing + "/photos",
                "photo",
                "big.jpg",
                MediaType.IMAGE_JPEG_TYPE,
                new byte[17 * 1024 * 1024]);
        assertEquals(413, tooLarge.getStatus().getCode());
        String body = PortalSession.body(tooLarge);
        assertTrue(body.contains("\"error\":\"ข้อมูลที่ส่งมีขนาดใหญ่เกินกว่าที่ระบบรับได้"), body);
    }
}
