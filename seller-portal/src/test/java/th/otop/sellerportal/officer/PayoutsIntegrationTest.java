package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.devstack.RealServices;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.ledger.PayoutReport;
import th.otop.orders.ledger.Payouts;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Finance (admins) pay producers what card sales left them, one by one or in a batch, with CSV for the bank and the
 * audit log; each producer sees its payouts. Stripe is configured so card
 * orders can be placed; its address refuses, and nothing here calls it.
 */
@MicronautTest(transactional = false)
@Property(name = "otop.stripe.secret-key", value = "sk_test_portal_payouts")
@Property(name = "otop.stripe.publishable-key", value = "pk_test_portal_payouts")
@Property(name = "otop.stripe.webhook-secret", value = "whsec_portal_payouts")
@Property(name = "otop.stripe.api-base", value = "http://127.0.0.1:9")
class PayoutsIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Ledger ledger;

    @Inject
    Payouts payouts;

    @Inject
    Producers producers;

    @Inject
    AuditLog audit;

    @Test
    void financePaysProducersInABatchAndEachProducerSeesItsPayout() {
        Buyers buyers = new Buyers(context);
        PortalSession weavers = PortalSession.newProducer(client, "payout-weavers@example.com", "กลุ่มทอผ้ารับโอน");
        ProducerId weaversId = buyers.producerOf("payout-weavers@example.com");
        buyers.verify(weaversId);
        String scarf = weavers.newListing("ผ้าพันคอไหม", "600", "20");
        buyers.publish(weaversId, scarf);
        PortalSession potters = PortalSession.newProducer(client, "payout-potters@example.com", "กลุ่มปั้นหม้อรับโอน");
        ProducerId pottersId = buyers.producerOf("payout-potters@example.com");
        buyers.verify(pottersId);
        String pot = potters.newListing("หม้อดินเผา", "220", "20");
        buyers.publish(pottersId, pot);
        buyers.paidByCard(scarf, 2);
        buyers.paidByCard(pot, 1);
        long weaversOwed = ledger.balanceOf(weaversId);
        long pottersOwed = ledger.balanceOf(pottersId);
        assertTrue(weaversOwed > 0 && pottersOwed > 0);

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "payout-officer@example.com");
        assertEquals(403, officer.get("/officer/payouts").getStatus().getCode(), "finance is for admins");
        PortalSession admin = OfficerSessions.signedIn(client, accounts, Role.ADMIN, "payout-admin@example.com");
        String page = PortalSession.body(admin.get("/officer/payouts"));
        assertTrue(page.contains("กลุ่มทอผ้ารับโอน") && page.contains("กลุ่มปั้นหม้อรับโอน"), page);
        Map<String, Integer> rows = rowsOf(page, List.of(weaversId, pottersId));

        String csv = PortalSession.body(admin.get("/officer/payouts/owed.csv"));
        assertTrue(csv.startsWith("\uFEFFproducer_id,producer,promptpay_id,owed_baht"), csv);
        assertTrue(csv.contains(publicIdOf(weaversId) + ",กลุ่มทอผ้ารับโอน,"), csv);

        int w = rows.get(publicIdOf(weaversId));
        int p = rows.get(publicIdOf(pottersId));
        Map<String, String> tooMuch = new HashMap<>(Map.of(
                "pay." + w, "on",
                "amount." + w, "9,999,999",
                "reference." + w, "KTB-1",
                "pay." + p, "on",
                "amount." + p, "100",
                "reference." + p, ""));
        rows.forEach((id, row) -> tooMuch.put("producer." + row, id));
        HttpResponse<String> refused = admin.post("/officer/payouts", tooMuch);
        assertEquals(422, refused.getStatus().getCode());
        String refusedPage = PortalSession.body(refused);
        assertTrue(refusedPage.contains("id=\"amount." + w + "-error\""), "the error is on the weavers' row");
        assertTrue(refusedPage.contains("id=\"reference." + p + "-error\""), "and on the potters' row");
        assertEquals(weaversOwed, ledger.balanceOf(weaversId), "nothing was recorded");

        Map<String, String> batch = new HashMap<>(Map.of(
                "pay." + w, "on",
                "amount." + w, plain(weaversOwed),
                "reference." + w, "KTB-20261207-001",
                "pay." + p, "on",
                "amount." + p, "100.50",
                "reference." + p, "PP-20261207-002"));
        rows.forEach((id, row) -> batch.put("producer." + row, id));
        HttpResponse<String> recorded = admin.post("/officer/payouts", batch);
        assertEquals(303, recorded.getStatus().getCode(), PortalSession.body(recorded));
        String location = recorded.header("Location");
        assertTrue(location.startsWith("/officer/payouts?recorded="), location);
        assertTrue(PortalSession.body(admin.get(location.replaceAll("#.*", ""))).contains("บันทึกการโอน 2 รายการแล้ว"));

        assertEquals(0, ledger.balanceOf(weaversId));
        assertEquals(pottersOwed - 10_050, ledger.balanceOf(pottersId));
        PayoutReport report = payouts.report(pottersId);
        assertEquals(
                report.salesSatang()
                        - report.refundsSatang()
                        - report.feesSatang()
                        - report.fundSharesSatang()
                        - report.collectedDirectlySatang()
                        - report.paidOutSatang(),
                report.balanceSatang(),
                "sales minus fees, refunds and payouts, to the satang");
        String sales = PortalSession.body(potters.get("/sales"));
        assertTrue(sales.contains("PP-20261207-002") && sales.contains("฿100.50"), "the producer sees the payout");

        long batchId = Long.parseLong(location.replaceAll(".*recorded=(\\d+).*", "$1"));
        String batchCsv = PortalSession.body(admin.get("/officer/payouts/batches/" + batchId + ".csv"));
        assertTrue(batchCsv.contains("กลุ่มปั้นหม้อรับโอน") && batchCsv.contains("100.50,PP-20261207-002"), batchCsv);
        assertEquals(
                2,
                audit.recent(20).stream()
                        .filter(e ->
                                e.action().equals("payout.record") && e.detail().contains("batch:" + batchId))
                        .count());
        assertEquals(
                404,
                admin.get("/officer/payouts/batches/999999999.csv").getStatus().getCode());
    }

    /** The row number of each producer in the owed form, read from its hidden producer fields. */
    private Map<String, Integer> rowsOf(String page, List<ProducerId> wanted) {
        Map<String, Integer> rows = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"producer\\.(\\d+)\" value=\"([^\"]+)\"")
                .matcher(page);
        while (m.find()) {
            rows.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        wanted.forEach(id -> assertTrue(rows.containsKey(publicIdOf(id)), "a row for every producer owed"));
        return rows;
    }

    private String publicIdOf(ProducerId id) {
        return producers.find(id).orElseThrow().publicId();
    }

    private static String plain(long satang) {
        return java.math.BigDecimal.valueOf(satang, 2).toPlainString();
    }
}
