package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * A producer appeals an officer's hide once per hide, sees the reason and the reply on the listing; officers work the
 * queue, restore or uphold with a reply (audited, mailed, and in the producer's notifications). Another producer's
 * listing answers 404; the officer routes answer 403 to producers.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class ListingAppealsIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Products products;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aProducerAppealsOnceAndTheOfficerRestoresTheListing() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "appeal-weaver@example.com", "กลุ่มทอผ้าอุทธรณ์");
        ProducerId producer = buyers.producerOf("appeal-weaver@example.com");
        buyers.verify(producer);
        sql("UPDATE producer SET email='weaver-shop@example.org' WHERE id=?", producer.value());
        String listing = shop.newListing("ผ้าไหมมัดหมี่", "1500", "4");
        Product product = buyers.publish(producer, listing);
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "appeals-officer@example.com");
        String producerPage = "/officer/producers/" + producerPublicId(producer);

        assertEquals(
                303,
                officer.post(producerPage + "/listings/" + listing + "/hide", Map.of("reason", "รูปภาพไม่ตรงกับสินค้า"))
                        .getStatus()
                        .getCode());
        String edit = PortalSession.body(shop.get("/listings/" + listing));
        assertTrue(edit.contains("รูปภาพไม่ตรงกับสินค้า"), "the producer reads the reason");
        assertTrue(edit.contains("name=\"appeal\""), "and can appeal");

        HttpResponse<String> blank = shop.post("/listings/" + listing + "/appeal", Map.of("appeal", " "));
        assertEquals(422, blank.getStatus().getCode());
        assertTrue(PortalSession.body(blank).contains("กรุณากรอกเหตุผลในการอุทธรณ์"), "error next to the field");

        PortalSession other = PortalSession.newProducer(client, "appeal-other@example.com", "ร้านอื่น");
        assertEquals(
                404,
                other.post("/listings/" + listing + "/appeal", Map.of("appeal", "ไม่ใช่ของฉัน"))
                        .getStatus()
                        .getCode(),
                "another producer's listing is not found");
        assertEquals(403, other.get("/officer/appeals").getStatus().getCode());
        assertEquals(
                403,
                shop.post("/officer/appeals/1/restore", Map.of("reply", "x"))
                        .getStatus()
                        .getCode());

        assertEquals(
                303,
                shop.post("/listings/" + listing + "/appeal", Map.of("appeal", "ถ่ายรูปใหม่จากสินค้าจริงแล้ว"))
                        .getStatus()
                        .getCode());
        HttpResponse<String> again = shop.post("/listings/" + listing + "/appeal", Map.of("appeal", "อีกครั้ง"));
        assertEquals(422, again.getStatus().getCode(), "once per hide");
        assertTrue(PortalSession.body(shop.get("/listings/" + listing)).contains("รอเจ้าหน้าที่พิจารณา"));
        assertEquals(0, count("SELECT COUNT(*) FROM listing_appeal WHERE body='อีกครั้ง'"));

        String queue = PortalSession.body(officer.get("/officer/appeals"));
        assertTrue(queue.contains("ถ่ายรูปใหม่จากสินค้าจริงแล้ว"), queue);
        long appeal = count(
                "SELECT id FROM listing_appeal WHERE product_id=" + product.id().value());

        HttpResponse<String> noReply = officer.post("/officer/appeals/" + appeal + "/restore", Map.of("reply", ""));
        assertEquals(422, noReply.getStatus().getCode());
        assertTrue(PortalSession.body(noReply).contains("กรุณากรอกคำตอบถึงผู้ผลิต"));
        assertEquals(
                ProductStatus.HIDDEN, products.find(product.id()).orElseThrow().status(), "nothing changed");

        assertEquals(
                303,
                officer.post("/officer/appeals/" + appeal + "/restore", Map.of("reply", "รูปใหม่ถูกต้องแล้ว ขอบคุณ"))
                        .getStatus()
                        .getCode());
        assertEquals(
                ProductStatus.PUBLISHED,
                products.find(product.id()).orElseThrow().status());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_log WHERE action='appeal.restore' AND subject='product:"
                        + product.id().value() + "'"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM notification_outbox WHERE recipient='weaver-shop@example.org' "
                        + "AND subject LIKE '%Appeal accepted%'"));
        assertEquals(
                422,
                officer.post("/officer/appeals/" + appeal + "/uphold", Map.of("reply", "ซ้ำ"))
                        .getStatus()
                        .getCode(),
                "a decided appeal stays decided");
        assertFalse(PortalSession.body(officer.get("/officer/appeals")).contains("ถ่ายรูปใหม่จากสินค้าจริงแล้ว"));

        String notices = PortalSession.body(shop.get("/notifications"));
        assertTrue(notices.contains("รูปใหม่ถูกต้องแล้ว ขอบคุณ"), "the producer is notified of the decision");
        assertTrue(PortalSession.body(shop.get("/listings/" + listing)).contains("รูปใหม่ถูกต้องแล้ว ขอบคุณ"));

        // a new hide opens a new appeal; upholding keeps the listing hidden
        officer.post(producerPage + "/listings/" + listing + "/hide", Map.of("reason", "ราคาไม่ตรงกับที่แจ้ง"));
        assertEquals(
                303,
                shop.post("/listings/" + listing + "/appeal", Map.of("appeal", "ราคาถูกต้องตามป้าย"))
                        .getStatus()
                        .getCode());
        long second = count("SELECT MAX(id) FROM listing_appeal WHERE product_id="
                + product.id().value());
        officer.post("/officer/appeals/" + second + "/uphold", Map.of("reply", "ราคาในรูปต่างจากราคาที่ขาย"));
        assertEquals(
                ProductStatus.HIDDEN, products.find(product.id()).orElseThrow().status());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action='appeal.uphold'"));
        assertTrue(PortalSession.body(shop.get("/notifications")).contains("ราคาในรูปต่างจากราคาที่ขาย"));
    }

    private String producerPublicId(ProducerId producer) {
        return transactions.executeRead(
                status -> jdbc.prepareStatement("SELECT public_id FROM producer WHERE id=?", ps -> {
                    ps.setLong(1, producer.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }));
    }

    private long count(String query) {
        return transactions.executeRead(status -> jdbc.prepareStatement(query, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }));
    }

    private void sql(String statement, long id) {
        transactions.executeWrite(status -> jdbc.prepareStatement(statement, ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }));
    }
}
