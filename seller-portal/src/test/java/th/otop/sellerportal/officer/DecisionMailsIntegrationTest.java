package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Verification decisions reach producers and outlets by mail (through the outbox, in the decision's transaction) as
 * well as on their pages; producers are also mailed a new complaint and a sale that takes a listing to low stock.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class DecisionMailsIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Outlets outlets;

    @Inject
    Complaints complaints;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void producersHearOfVerificationComplaintsAndLowStock() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "mails-shop@example.com", "กลุ่มจักสานแจ้งเตือน");
        ProducerId producer = buyers.producerOf("mails-shop@example.com");
        transactions.executeWrite(
                status -> jdbc.prepareStatement("UPDATE producer SET email='basketry@example.org' WHERE id=?", ps -> {
                    ps.setLong(1, producer.value());
                    return ps.executeUpdate();
                }));
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "mails-officer@example.com");
        String page = "/officer/producers/" + publicId("producer", producer.value());

        assertEquals(
                303,
                officer.post(page + "/verify", Map.of("note", "เอกสารครบ"))
                        .getStatus()
                        .getCode());
        assertEquals(
                List.of("ร้านของคุณได้รับการยืนยันแล้ว / Your shop is verified"), subjects("basketry@example.org"));
        assertTrue(PortalSession.body(shop.get("/notifications")).contains("ร้านของคุณได้รับการยืนยันแล้ว"));

        officer.post(page + "/suspend", Map.of("note", "ขายสินค้าที่ไม่ใช่ OTOP", "confirmed", "yes"));
        assertTrue(subjects("basketry@example.org").contains("ร้านของคุณถูกระงับ / Your shop is suspended"));
        assertTrue(bodies("basketry@example.org").contains("ขายสินค้าที่ไม่ใช่ OTOP"), "the reason is in the mail");
        assertTrue(PortalSession.body(shop.get("/notifications")).contains("ขายสินค้าที่ไม่ใช่ OTOP"));
        officer.post(page + "/verify", Map.of("note", "แก้ไขแล้ว"));

        String listing = shop.newListing("ตะกร้าสานไม้ไผ่", "350", "7");
        buyers.publish(producer, listing);
        buyers.order(listing, 1, PaymentMethod.PROMPTPAY);
        assertTrue(subjects("basketry@example.org").stream().noneMatch(s -> s.startsWith("สินค้าใกล้หมด")), "6 left");
        buyers.order(listing, 2, PaymentMethod.PROMPTPAY);
        buyers.order(listing, 1, PaymentMethod.PROMPTPAY);
        assertEquals(
                1,
                subjects("basketry@example.org").stream()
                        .filter(s -> s.equals("สินค้าใกล้หมด: ตะกร้าสานไม้ไผ่ / Low stock: ตะกร้าสานไม้ไผ่"))
                        .count(),
                "mailed once, when the stock crossed the level of 5");

        Account buyer = accounts.register(
                new SignUp("mails-buyer@example.com", OfficerSessions.PASSWORD, "ผู้ซื้อ", Role.CONSUMER, false));
        String complaint = transactions.executeWrite(status -> complaints.open(
                new Party(buyer.id(), Role.CONSUMER, null),
                ComplaintSubject.PRODUCER,
                null,
                producer,
                ComplaintCategory.SERVICE,
                "ร้านไม่ตอบข้อความเลย",
                null));
        assertTrue(subjects("basketry@example.org")
                .contains("ข้อร้องเรียนใหม่ " + complaint + " / New complaint " + complaint));
        assertTrue(bodies("basketry@example.org").contains("ร้านไม่ตอบข้อความเลย"));
    }

    @Test
    void outletMembersHearOfTheirOutletsVerification() {
        Account member = accounts.register(
                new SignUp("sukjai-member@example.org", OfficerSessions.PASSWORD, "ผู้จัดการร้าน", Role.OUTLET, false));
        Outlet outlet = outlets.signUp(
                member.id(),
                new OutletApplication(
                        "ร้านค้าประชารัฐสุขใจบ้านโนน", null, 32, "หมู่ 3 ตำบลนอกเมือง", "กองทุนหมู่บ้านโนน", null));
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "mails-officer2@example.com");

        assertEquals(
                303,
                officer.post("/officer/outlets/" + outlet.publicId() + "/verify", Map.of("note", "ตรวจเยี่ยมแล้ว"))
                        .getStatus()
                        .getCode());
        assertEquals(
                List.of("ร้านค้าประชารัฐสุขใจบ้านโนน ได้รับการยืนยันเป็นร้านค้าประชารัฐสุขใจแล้ว"
                        + " / ร้านค้าประชารัฐสุขใจบ้านโนน is verified as a Sukjai Shop outlet"),
                subjects("sukjai-member@example.org"));
        String verified = bodies("sukjai-member@example.org");
        assertTrue(verified.startsWith("เรียน ร้านค้าประชารัฐสุขใจบ้านโนน"), "addressed to the outlet: " + verified);
        assertTrue(verified.contains("หมายเหตุจากเจ้าหน้าที่ถึงร้านของท่าน: ตรวจเยี่ยมแล้ว"), verified);
        assertTrue(verified.contains("The officer's note to your outlet: ตรวจเยี่ยมแล้ว"), verified);

        assertEquals(
                303,
                officer.post(
                                "/officer/outlets/" + outlet.publicId() + "/suspend",
                                Map.of("note", "ไม่พบหน้าร้านจริง", "confirmed", "yes"))
                        .getStatus()
                        .getCode());
        String suspended = bodies("sukjai-member@example.org");
        assertTrue(suspended.contains("เหตุผลจากเจ้าหน้าที่: ไม่พบหน้าร้านจริง"), suspended);
        assertTrue(suspended.contains("The officer's reason: ไม่พบหน้าร้านจริง"), suspended);
        assertFalse(suspended.contains("ผู้ผลิต") || suspended.contains("producer"), "nothing speaks of a producer");
    }

    private String publicId(String table, long id) {
        return transactions.executeRead(
                status -> jdbc.prepareStatement("SELECT public_id FROM " + table + " WHERE id=?", ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }));
    }

    private List<String> subjects(String recipient) {
        return column("subject", recipient);
    }

    private String bodies(String recipient) {
        return String.join("\n", column("body", recipient));
    }

    private List<String> column(String column, String recipient) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT " + column + " FROM notification_outbox WHERE recipient=? ORDER BY id", ps -> {
                    ps.setString(1, recipient);
                    List<String> values = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            values.add(rs.getString(1));
                        }
                    }
                    return values;
                }));
    }
}
