package th.otop.sellerportal.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * Where a shop is: the profile asks for the postcode, checks it against the subdistrict, and keeps the place by its
 * codes; the names shown come from the geography.
 */
@MicronautTest(transactional = false)
class ShopPlaceIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private static Map<String, String> profile(String subdistrict, String postcode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "COMMUNITY_ENTERPRISE");
        form.put("nameTh", "กลุ่มทอผ้าบ้านแกใหญ่");
        form.put("provinceId", "32");
        form.put("district", "เมืองสุรินทร์");
        form.put("subdistrict", subdistrict);
        form.put("postcode", postcode);
        form.put("promptPayId", "0812345601");
        return form;
    }

    private PortalSession signedUp(String login, String language) {
        PortalSession session = new PortalSession(client);
        session.setCookie("lang", language);
        session.get("/signup");
        HttpResponse<String> signedUp =
                session.post("/signup", Map.of("displayName", "สมศรี", "login", login, "password", "รหัสผ่านยาวพอ123"));
        assertEquals(303, signedUp.getStatus().getCode(), PortalSession.body(signedUp));
        return session;
    }

    @Test
    void theProfileAsksForThePostcodeAndChecksItAgainstTheSubdistrict() {
        PortalSession thai = signedUp("place-th@example.com", "th");
        String form = PortalSession.body(thai.get("/shop"));
        assertTrue(form.contains("id=\"postcode\""), "the profile asks for the postcode: " + form);
        assertTrue(form.contains(">รหัสไปรษณีย์<"), "labelled in Thai");

        HttpResponse<String> wrong = thai.post("/shop", profile("แกใหญ่", "32140"));
        assertEquals(422, wrong.getStatus().getCode());
        assertTrue(
                PortalSession.body(wrong).contains("รหัสไปรษณีย์นี้ไม่ใช่ของตำบล/แขวงที่เลือก"),
                PortalSession.body(wrong));
        assertTrue(PortalSession.body(wrong).contains("value=\"32140\""), "what was typed stays");
        HttpResponse<String> notDigits = thai.post("/shop", profile("แกใหญ่", "3200"));
        assertTrue(
                PortalSession.body(notDigits).contains("รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก"),
                PortalSession.body(notDigits));

        HttpResponse<String> saved = thai.post("/shop", profile("แกใหญ่", "32000"));
        assertEquals(303, saved.getStatus().getCode(), PortalSession.body(saved));
        Producer producer = producerOf("place-th@example.com");
        assertEquals("แกใหญ่", producer.subdistrict());
        assertEquals("เมืองสุรินทร์", producer.district());
        assertEquals("32000", producer.postcode());
        assertEquals(List.of("3201", "320110", "32000"), stored(producer), "kept by the codes");
        String edit = PortalSession.body(thai.get("/shop"));
        assertTrue(
                Pattern.compile("id=\"postcode\"[^>]*value=\"32000\"")
                        .matcher(edit)
                        .find(),
                "the edit form shows it again");
        assertTrue(edit.matches("(?s).*<option value=\"แกใหญ่\"[^>]*selected.*"), "and the subdistrict");

        PortalSession english = signedUp("place-en@example.com", "en");
        assertTrue(PortalSession.body(english.get("/shop")).contains(">Postcode<"), "labelled in English");
        HttpResponse<String> refused = english.post("/shop", profile("แกใหญ่", "50200"));
        assertEquals(422, refused.getStatus().getCode());
        assertTrue(
                PortalSession.body(refused).contains("This postcode is not in the chosen province"),
                PortalSession.body(refused));
    }

    @Test
    void aSubdistrictWithOnePostcodeNeedsNoneTyped() {
        PortalSession shop = signedUp("place-one@example.com", "th");
        HttpResponse<String> saved = shop.post("/shop", profile("สลักได", ""));
        assertEquals(303, saved.getStatus().getCode(), PortalSession.body(saved));
        Producer producer = producerOf("place-one@example.com");
        assertEquals("32000", producer.postcode(), "the subdistrict's only postcode");
        assertEquals(List.of("3201", "320106", "32000"), stored(producer));
    }

    private Producer producerOf(String login) {
        return producers
                .find(accounts.authenticate(login, "รหัสผ่านยาวพอ123")
                        .orElseThrow()
                        .producerId())
                .orElseThrow();
    }

    private List<String> stored(Producer producer) {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("SELECT district_id, subdistrict_id, postcode FROM producer WHERE id=?", ps -> {
                    ps.setLong(1, producer.id().value());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
                    }
                }));
    }
}
