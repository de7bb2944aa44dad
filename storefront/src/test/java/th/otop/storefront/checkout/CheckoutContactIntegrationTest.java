package th.otop.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.devstack.RealServices;
import th.otop.orders.addressbook.AddressBook;
import th.otop.orders.notification.NotificationDispatch;
import th.otop.orders.order.ShippingAddress;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/**
 * Who the buyer is at checkout: a phone number is enough (no email asked), and a signed-in buyer finds their name,
 * phone, email and default address already filled in.
 */
@MicronautTest(transactional = false)
class CheckoutContactIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Accounts accounts;

    @Inject
    AddressBook book;

    @Inject
    NotificationDispatch dispatch;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    @Test
    void aBuyerWhoSignedUpWithAPhoneNumberChecksOutWithoutAnEmail() {
        String phone = "08" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        ShopperSession buyer = signedUp("สมหญิง รักไทย", phone, "th");
        buyer.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));

        String form = buyer.page("/checkout");
        assertTrue(form.contains("อีเมล (ไม่บังคับ"), "the email is marked optional: " + form);
        assertTrue(input(form, "email").contains("value=\"\""), "no email to fill in");
        assertTrue(input(form, "recipientName").contains("value=\"สมหญิง รักไทย\""), "the name is filled in");
        assertTrue(input(form, "phone").contains("value=\"" + phone + "\""), "the phone is filled in");

        Map<String, String> order = CheckoutIntegrationTest.address(
                CheckoutIntegrationTest.field(form, "cartId"),
                CheckoutIntegrationTest.field(form, "idempotencyKey"),
                "PROMPTPAY");
        order.put("email", "");
        order.put("phone", phone);
        HttpResponse<String> placed = buyer.post("/checkout", order);
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        assertTrue(placed.header(HttpHeaders.LOCATION).endsWith("/pay"), placed.header(HttpHeaders.LOCATION));

        List<String> texts = outbox("sms:" + phone);
        assertFalse(texts.isEmpty(), "the order's message waits for a text message to the phone");
        dispatch.sendPending();
        assertEquals(texts, outbox("sms:" + phone), "the mail dispatch does not try to mail a phone number");
        assertTrue(unsent("sms:" + phone), "still waiting for a text-message sender");
    }

    @Test
    void aMistypedEmailIsStillRefusedInThaiAndEnglish() {
        for (String language : List.of("th", "en")) {
            ShopperSession guest = new ShopperSession(client, language);
            guest.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
            String form = guest.page("/checkout");
            Map<String, String> order = CheckoutIntegrationTest.address(
                    CheckoutIntegrationTest.field(form, "cartId"),
                    CheckoutIntegrationTest.field(form, "idempotencyKey"),
                    "PROMPTPAY");
            order.put("email", "somchai@");
            HttpResponse<String> refused = guest.post("/checkout", order);
            assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
            String expected = language.equals("th") ? "อีเมลไม่ถูกต้อง" : "The email address is not valid";
            assertTrue(body(refused).contains("id=\"email-error\">" + expected), body(refused));
            String label = language.equals("th") ? "อีเมล (ไม่บังคับ" : "Email (optional";
            assertTrue(body(refused).contains(label), body(refused));
        }
    }

    @Test
    void aSignedInBuyerFindsTheirEmailAndDefaultAddressFilledIn() {
        String email = "somsri-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        ShopperSession buyer = signedUp("สมศรี ใจงาม", email, "en");
        long account = accountOf(buyer);
        book.add(
                account,
                new ShippingAddress("สมศรี ใจงาม", "0898765432", "12 หมู่ 3", "สลักได", "เมืองสุรินทร์", 32, "32000"),
                true);
        buyer.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));

        String form = buyer.page("/checkout");
        assertTrue(form.contains("Email (optional"), form);
        assertTrue(input(form, "email").contains("value=\"" + email + "\""), "the account's email");
        long savedId = book.of(account).get(0).id();
        assertTrue(
                Pattern.compile("<input[^>]*id=\"saved-" + savedId + "\"[^>]*checked")
                        .matcher(form)
                        .find(),
                "the default address is chosen: " + form);
        assertTrue(input(form, "recipientName").contains("value=\"สมศรี ใจงาม\""), form);
        assertTrue(input(form, "phone").contains("value=\"0898765432\""), form);
        assertTrue(input(form, "addressLine").contains("value=\"12 หมู่ 3\""), form);
        assertTrue(input(form, "postcode").contains("value=\"32000\""), form);
        assertTrue(option(form, "32").contains("selected"), "the province is chosen");
        assertTrue(option(form, "เมืองสุรินทร์").contains("selected"), "the district");
        assertTrue(option(form, "สลักได").contains("selected"), "the subdistrict");
    }

    /** The option tag of that value, or "" when the page has none. */
    private static String option(String html, String value) {
        var m = Pattern.compile("<option[^>]*value=\"" + Pattern.quote(value) + "\"[^>]*>")
                .matcher(html);
        return m.find() ? m.group() : "";
    }

    private ShopperSession signedUp(String name, String login, String language) {
        ShopperSession shopper = new ShopperSession(client, language);
        HttpResponse<String> signedUp =
                shopper.post("/signup", Map.of("displayName", name, "login", login, "password", "ผ้าไหมสวยมาก123"));
        assertEquals("/account", signedUp.header(HttpHeaders.LOCATION), body(signedUp));
        return shopper;
    }

    private long accountOf(ShopperSession shopper) {
        String data = body(shopper.send(HttpRequest.GET("/account/data").accept(MediaType.APPLICATION_JSON_TYPE)));
        String publicId = data.replaceAll("(?s).*\"publicId\":\"([^\"]+)\".*", "$1");
        return accounts.findByPublicId(publicId).orElseThrow().id();
    }

    private static String input(String html, String name) {
        var m = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group();
    }

    private List<String> outbox(String recipient) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT CONCAT(subject, '|', attempts) FROM notification_outbox WHERE recipient=? ORDER BY id", ps -> {
                    ps.setString(1, recipient);
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(rs.getString(1));
                        }
                    }
                    return rows;
                }));
    }

    private boolean unsent(String recipient) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT COUNT(*) FROM notification_outbox WHERE recipient=? AND sent_at IS NOT NULL", ps -> {
                    ps.setString(1, recipient);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1) == 0;
                    }
                }));
    }
}
