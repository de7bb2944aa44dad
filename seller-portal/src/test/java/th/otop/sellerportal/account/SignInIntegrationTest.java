package th.otop.sellerportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/** Sessions in signed cookies, checked against the account on every request; CSRF on every form. */
@MicronautTest(transactional = false)
class SignInIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Test
    void pagesAskAnonymousBrowsersToSignInAndOtherClientsGet401() {
        PortalSession anonymous = new PortalSession(client);
        HttpResponse<String> page = anonymous.get("/listings");
        assertEquals(303, page.getStatus().getCode());
        assertEquals("/signin", page.header("Location"));
        HttpResponse<String> api = anonymous.send(HttpRequest.POST("/listings/x/autosave", Map.of("titleTh", "x"))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(401, api.getStatus().getCode());
        assertEquals(404, anonymous.get("/no-such-page").getStatus().getCode());
    }

    @Test
    void aWrongPasswordKeepsTheLoginAndSaysWhatToDo() {
        PortalSession.newProducer(client, "wrong@example.com", "ร้านทดสอบ");
        PortalSession session = new PortalSession(client);
        HttpResponse<String> failed =
                session.post("/signin", Map.of("login", "wrong@example.com", "password", "nope-nope"));
        assertEquals(401, failed.getStatus().getCode());
        String body = PortalSession.body(failed);
        assertTrue(body.contains("value=\"wrong@example.com\""), body);
        assertTrue(body.contains("รหัสผ่านไม่ถูกต้อง"), body);
        HttpResponse<String> ok =
                session.post("/signin", Map.of("login", "WRONG@example.com ", "password", "รหัสผ่านยาวพอ123"));
        assertEquals(303, ok.getStatus().getCode());
        assertEquals(200, session.get("/dashboard").getStatus().getCode());
    }

    @Test
    void guessingIsThrottledWith429AndRetryAfterForKnownAndUnknownLoginsAlike() {
        PortalSession.newProducer(client, "guessed@example.com", "ร้านถูกเดารหัส");
        for (String login : java.util.List.of("guessed@example.com", "nobody-here@example.com")) {
            PortalSession attacker = new PortalSession(client);
            for (int i = 0; i < 5; i++) {
                assertEquals(
                        401,
                        attacker.post("/signin", Map.of("login", login, "password", "guess-" + i))
                                .getStatus()
                                .getCode(),
                        login + " try " + i);
            }
            HttpResponse<String> throttled = attacker.post("/signin", Map.of("login", login, "password", "guess-5"));
            assertEquals(429, throttled.getStatus().getCode(), login);
            assertTrue(Long.parseLong(throttled.header("Retry-After")) >= 1, login);
            assertTrue(PortalSession.body(throttled).contains("ลองเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ"), login);
        }
        PortalSession owner = new PortalSession(client);
        assertEquals(
                429,
                owner.post("/signin", Map.of("login", "guessed@example.com", "password", "รหัสผ่านยาวพอ123"))
                        .getStatus()
                        .getCode(),
                "while the login waits, even the right password is not checked");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        PortalSession session = PortalSession.newProducer(client, "csrf@example.com", "ร้าน CSRF");
        HttpResponse<String> forged = session.postWithoutCsrf(
                "/listings", Map.of("titleTh", "ของปลอม", "category", "FOOD", "price", "10", "unitTh", "ชิ้น"));
        assertEquals(403, forged.getStatus().getCode());
        HttpResponse<String> wrongToken = session.post(
                "/listings",
                Map.of(
                        "csrfToken",
                        "abc.def",
                        "titleTh",
                        "ของปลอม",
                        "category",
                        "FOOD",
                        "price",
                        "10",
                        "unitTh",
                        "ชิ้น"));
        assertEquals(403, wrongToken.getStatus().getCode());
        PortalSession anonymous = new PortalSession(client);
        HttpResponse<String> anonymousForged = anonymous.postWithoutCsrf(
                "/signup", Map.of("displayName", "x", "login", "forged@example.com", "password", "long-enough-1"));
        assertEquals(403, anonymousForged.getStatus().getCode(), "refused, with the form kept to send again");
        assertTrue(accounts.authenticate("forged@example.com", "long-enough-1").isEmpty(), "no account was made");
        String signIn = PortalSession.body(new PortalSession(client).get("/signin"));
        assertTrue(signIn.contains("name=\"csrfToken\" value=\""), "a first visit gets a token in the form");
    }

    @Test
    void signingOutEverywhereEndsEverySessionOnEveryDevice() {
        PortalSession phone = PortalSession.newProducer(client, "everywhere@example.com", "ร้านหลายเครื่อง");
        PortalSession laptop = new PortalSession(client);
        laptop.post("/signin", Map.of("login", "everywhere@example.com", "password", "รหัสผ่านยาวพอ123"));
        assertEquals(200, laptop.get("/dashboard").getStatus().getCode());
        String stolen = laptop.cookie("JWT").orElseThrow();

        assertEquals(
                303, phone.post("/signout/everywhere", Map.of()).getStatus().getCode());
        assertTrue(phone.cookie("JWT").isEmpty(), "this browser's cookie is removed");
        assertEquals(303, laptop.get("/dashboard").getStatus().getCode(), "the other device is signed out too");
        PortalSession thief = new PortalSession(client);
        thief.setCookie("JWT", stolen);
        assertEquals("/signin", thief.get("/dashboard").header("Location"), "an old token no longer works");
    }

    @Test
    void aPasswordResetLinkWorksOnceAndEndsOldSessions() {
        PortalSession old = PortalSession.newProducer(client, "reset@example.com", "ร้านลืมรหัส");
        PortalSession session = new PortalSession(client);
        HttpResponse<String> asked = session.post("/reset", Map.of("login", "reset@example.com"));
        assertTrue(PortalSession.body(asked).contains("ใช้ได้ครั้งเดียว"));
        HttpResponse<String> unknown = session.post("/reset", Map.of("login", "nobody@example.com"));
        assertEquals(
                PortalSession.body(asked).length(), PortalSession.body(unknown).length(), "no hint which logins exist");

        String token = accounts.startPasswordReset("reset@example.com").orElseThrow();
        assertEquals(
                422,
                session.post("/reset/" + token, Map.of("password", "short"))
                        .getStatus()
                        .getCode());
        assertEquals(
                "/signin?reset=done",
                session.post("/reset/" + token, Map.of("password", "รหัสผ่านใหม่ยาว99"))
                        .header("Location"));
        assertEquals(
                422,
                session.post("/reset/" + token, Map.of("password", "รหัสผ่านใหม่ยาว98"))
                        .getStatus()
                        .getCode(),
                "used once");
        assertEquals(303, old.get("/dashboard").getStatus().getCode(), "the old session ended");
        assertEquals(
                303,
                session.post("/signin", Map.of("login", "reset@example.com", "password", "รหัสผ่านใหม่ยาว99"))
                        .getStatus()
                        .getCode());
    }
}
