package th.otop.storefront.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.devstack.RealServices;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/** Sign-up, sign-in, the guest cart kept, consent off by default, a copy of my data, and deleting the account. */
@MicronautTest(transactional = false)
class AccountIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Accounts accounts;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    @Test
    void aGuestSignsUpKeepsTheCartControlsConsentAndDeletesTheAccount() {
        ShopperSession shopper = new ShopperSession(client);
        assertEquals("/signin", shopper.get("/account").header(HttpHeaders.LOCATION), "the account needs a sign-in");
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "3"));

        HttpResponse<String> refused =
                shopper.post("/signup", Map.of("displayName", "สมศรี", "login", "not-a-login", "password", "short"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertTrue(body(refused).contains("กรุณากรอกอีเมลหรือเบอร์มือถือ 10 หลัก"), body(refused));
        assertTrue(body(refused).contains("รหัสผ่านต้องยาว 8 ถึง 72 ตัวอักษร"));
        assertTrue(body(refused).contains("value=\"สมศรี\""), "the name typed is kept");

        HttpResponse<String> signedUp = shopper.post(
                "/signup",
                Map.of("displayName", "สมศรี", "login", "somsri@example.com", "password", "ผ้าไหมสวยมาก123"));
        assertEquals("/account", signedUp.header(HttpHeaders.LOCATION), body(signedUp));
        String account = shopper.page("/account");
        assertTrue(account.contains("สวัสดี สมศรี"), account);
        assertFalse(account.contains("checked"), "marketing consent is off unless chosen");
        assertTrue(shopper.page("/cart").contains("น้ำพริกเผาแม่ประนอม"), "the guest cart moved into the account");

        shopper.post("/account/consent", Map.of("marketingConsent", "on"));
        assertTrue(shopper.page("/account").contains("checked"), "consent given");
        HttpResponse<String> data =
                shopper.send(HttpRequest.GET("/account/data").accept(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(body(data).contains("\"email\":\"somsri@example.com\""), body(data));
        assertTrue(body(data).contains("\"marketingConsent\":true"));
        assertTrue(body(data).contains("\"product\":\"" + catalogue.chilli() + "\""), "the cart is part of my data");

        shopper.post("/signout", Map.of());
        assertEquals("/signin", shopper.get("/account").header(HttpHeaders.LOCATION), "signed out");
        HttpResponse<String> wrong =
                shopper.post("/signin", Map.of("login", "somsri@example.com", "password", "wrong-password"));
        assertEquals(HttpStatus.UNAUTHORIZED, wrong.getStatus());
        assertTrue(body(wrong).contains("value=\"somsri@example.com\""), "the login typed is kept");
        for (int i = 0; i < 4; i++) {
            shopper.post("/signin", Map.of("login", "somsri@example.com", "password", "wrong-" + i));
        }
        HttpResponse<String> throttled =
                shopper.post("/signin", Map.of("login", "somsri@example.com", "password", "ผ้าไหมสวยมาก123"));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, throttled.getStatus(), "five wrong: the sixth waits");
        assertTrue(body(throttled).contains("กรุณารอ"), body(throttled));
        assertTrue(Long.parseLong(throttled.header("Retry-After")) >= 1);
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(
                "/account",
                shopper.post("/signin", Map.of("login", "somsri@example.com", "password", "ผ้าไหมสวยมาก123"))
                        .header(HttpHeaders.LOCATION));
        assertTrue(shopper.page("/").contains("href=\"/account\""), "the menu shows the account");

        assertEquals(
                "/account?confirm", shopper.post("/account/delete", Map.of()).header(HttpHeaders.LOCATION));
        assertEquals(
                "/?deleted",
                shopper.post("/account/delete", Map.of("confirm", "yes")).header(HttpHeaders.LOCATION));
        assertEquals(
                HttpStatus.UNAUTHORIZED,
                shopper.post("/signin", Map.of("login", "somsri@example.com", "password", "ผ้าไหมสวยมาก123"))
                        .getStatus(),
                "a deleted account cannot sign in");
    }

    @Test
    void aForgottenPasswordIsResetWithAOneTimeLink() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/signup", Map.of("displayName", "มานี", "login", "0861234567", "password", "รหัสเดิมยาวพอ1"));
        shopper.post("/signout", Map.of());

        String known = body(shopper.post("/reset", Map.of("login", "086-123-4567")));
        String unknown = body(shopper.post("/reset", Map.of("login", "0800000000")));
        assertTrue(known.contains("ลิงก์ใช้ได้ 1 ชั่วโมง"), known);
        assertEquals(
                known.replaceAll("csrfToken=[^\"&]*", ""),
                unknown.replaceAll("csrfToken=[^\"&]*", ""),
                "nobody learns which logins exist");

        String token = accounts.startPasswordReset("0861234567").orElseThrow();
        HttpResponse<String> tooShort = shopper.post("/reset/" + token, Map.of("password", "short"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, tooShort.getStatus());
        assertTrue(body(tooShort).contains("รหัสผ่านต้องยาว 8 ถึง 72 ตัวอักษร"));
        assertEquals(
                "/signin?reset=done",
                shopper.post("/reset/" + token, Map.of("password", "รหัสใหม่ยาวพอ2"))
                        .header(HttpHeaders.LOCATION));
        assertTrue(shopper.page("/signin?reset=done").contains("เปลี่ยนรหัสผ่านแล้ว"));
        assertTrue(
                body(shopper.post("/reset/" + token, Map.of("password", "อีกครั้งยาวพอ3")))
                        .contains("ลิงก์นี้หมดอายุหรือถูกใช้ไปแล้ว"),
                "a link works once");
        assertEquals(
                "/account",
                shopper.post("/signin", Map.of("login", "0861234567", "password", "รหัสใหม่ยาวพอ2"))
                        .header(HttpHeaders.LOCATION));
    }
}
