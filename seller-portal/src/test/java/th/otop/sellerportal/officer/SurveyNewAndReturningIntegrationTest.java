package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * The producers' quarterly survey counts a shop that joined during the quarter as a new customer and one that joined
 * before it as a returning one, and the officers' satisfaction report splits them so.
 */
@MicronautTest(transactional = false)
class SurveyNewAndReturningIntegrationTest implements RealServices {
    private static final Pattern SURVEY = Pattern.compile("href=\"(/surveys/[0-9a-z]+)\"");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aBrandNewShopAnswersAsANewCustomerAndAnOldOneAsReturning() {
        PortalSession fresh = PortalSession.newProducer(client, "survey-new@example.com", "กลุ่มทอผ้าเปิดใหม่");
        PortalSession old = PortalSession.newProducer(client, "survey-old@example.com", "กลุ่มจักสานเก่าแก่");
        ProducerId oldShop = accounts.authenticate("survey-old@example.com", "รหัสผ่านยาวพอ123")
                .orElseThrow()
                .producerId();
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE producer SET created_at = created_at - INTERVAL 400 DAY WHERE id = ?", ps -> {
                    ps.setLong(1, oldShop.value());
                    return ps.executeUpdate();
                }));

        answer(fresh, "5");
        answer(old, "2");

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "survey-officer@example.com");
        Map<String, String> csv = satisfaction(officer);
        assertEquals("1", csv.get("invited/PRODUCER:new"), csv.toString());
        assertEquals("5.00", csv.get("average_score/PRODUCER:new"), csv.toString());
        assertEquals("1", csv.get("invited/PRODUCER:returning"), csv.toString());
        assertEquals("2.00", csv.get("average_score/PRODUCER:returning"), csv.toString());

        String thai = PortalSession.body(officer.get("/officer/reports"));
        assertTrue(thai.contains("ผู้ผลิต · ลูกค้าใหม่") && thai.contains("ผู้ผลิต · ลูกค้าเดิม"), thai);
        officer.setCookie("lang", "en");
        String english = PortalSession.body(officer.get("/officer/reports"));
        assertTrue(english.contains("Producers · New") && english.contains("Producers · Returning"), english);
    }

    /** The dashboard's first visit of the quarter invites the shop; it answers through the link. */
    private static void answer(PortalSession shop, String score) {
        String dashboard = PortalSession.body(shop.get("/dashboard"));
        Matcher link = SURVEY.matcher(dashboard);
        assertTrue(link.find(), "the dashboard invites the shop: " + dashboard);
        assertEquals(
                303,
                shop.post(link.group(1), Map.of("score", score)).getStatus().getCode());
    }

    private static Map<String, String> satisfaction(PortalSession officer) {
        HttpResponse<String> response = officer.send(
                HttpRequest.GET("/officer/reports/satisfaction.csv").accept(new MediaType("text/csv")));
        assertEquals(200, response.getStatus().getCode(), PortalSession.body(response));
        Map<String, String> values = new HashMap<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(PortalSession.body(response).replace("\uFEFF", "")))) {
                values.put(row.get("measure") + "/" + row.get("item"), row.get("value"));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return values;
    }
}
