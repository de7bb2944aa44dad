package th.otop.sellerportal.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

// the indexer would drain the search outbox this test reads
@Property(name = "otop.search.indexer-interval", value = "1h")
@MicronautTest(transactional = false)
class CsvImportIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Products products;

    @Inject
    Accounts accounts;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aFileWithThreeBadRowsOutOfAHundredImportsTheOther97AndNamesTheLines() {
        PortalSession session = PortalSession.newProducer(client, "csv@example.com", "ร้านนำเข้า");
        StringBuilder csv =
                new StringBuilder("\uFEFFid,titleTh,titleEn,category,price,stock,unitTh,weightGrams,processingDays\n");
        for (int i = 1; i <= 100; i++) {
            String row;
            if (i == 10) {
                row = ",ข้าวหอมมะลิ " + i + ",,FOOD,สิบบาท,5,ถุง,1000,1"; // price is not a number
            } else if (i == 50) {
                row = ",,Rice,FOOD,120,5,ถุง,1000,1"; // no Thai title
            } else if (i == 99) {
                row = ",ข้าวหอมมะลิ " + i + ",,SPACESHIP,120,-3,ถุง,1000,1"; // unknown category
            } else {
                row = ",\"ข้าวหอมมะลิ, ถุงที่ " + i + "\",Jasmine rice,FOOD,120.50," + i + ",ถุง,1000,1";
            }
            csv.append(row).append('\n');
        }
        HttpResponse<String> result = session.upload(
                "/listings/import",
                "file",
                "listings.csv",
                MediaType.TEXT_PLAIN_TYPE,
                csv.toString().getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE);
        assertEquals(422, result.getStatus().getCode());
        String page = PortalSession.body(result);
        assertTrue(page.contains("เพิ่มสินค้า 97 รายการ"), page);
        assertTrue(page.contains("มี 3 แถวที่นำเข้าไม่ได้"), page);
        for (int line : new int[] {11, 51, 100}) {
            assertTrue(page.contains("<td>" + line + "</td>"), "line " + line + " reported");
        }
        assertTrue(page.contains("price: กรุณากรอกราคาเป็นตัวเลข"), page);
        var producer = accounts.authenticate("csv@example.com", "รหัสผ่านยาวพอ123")
                .orElseThrow()
                .producerId();
        assertEquals(97, products.listByProducer(producer).size());
        assertTrue(products.listByProducer(producer).stream()
                .anyMatch(p -> p.titleTh().equals("ข้าวหอมมะลิ, ถุงที่ 42") && p.priceSatang() == 12_050));
    }

    @Test
    void reImportingTheExportCountsUnchangedRowsApartAndLeavesThemUntouched() {
        PortalSession session = PortalSession.newProducer(client, "csv-again@example.com", "ร้านนำเข้าซ้ำ");
        String silk = session.newListing("ผ้าไหมมัดหมี่", "1200", "4");
        String cotton = session.newListing("ผ้าฝ้ายย้อมคราม", "450", "9");
        String scarf = session.newListing("ผ้าพันคอไหม", "380", "12");
        ProducerId producer = accounts.authenticate("csv-again@example.com", "รหัสผ่านยาวพอ123")
                .orElseThrow()
                .producerId();
        String exported = PortalSession.body(session.get("/listings/export.csv"));
        Map<String, Product> before = own(producer);
        Map<String, Timestamp> touchedBefore = updatedAt(producer);
        long outboxBefore = lastOutboxId();

        String edited = exported.lines()
                .map(line -> line.startsWith(cotton) ? line.replace("450.00", "475.00") : line)
                .collect(Collectors.joining("\n"));
        assertTrue(edited.contains("475.00"), "the cotton row's price changed: " + exported);
        String thai = importPage(session, edited);
        assertTrue(thai.contains("เพิ่มสินค้า 0 รายการ แก้ไข 1 รายการ ไม่เปลี่ยนแปลง 2 รายการ"), thai);

        Map<String, Product> after = own(producer);
        Map<String, Timestamp> touchedAfter = updatedAt(producer);
        for (String unchanged : List.of(silk, scarf)) {
            assertEquals(before.get(unchanged).version(), after.get(unchanged).version(), "no new version");
            assertEquals(touchedBefore.get(unchanged), touchedAfter.get(unchanged), "updated_at untouched");
            assertEquals(0, outboxRowsSince(after.get(unchanged), outboxBefore), "nothing for search to redo");
        }
        assertEquals(47_500L, after.get(cotton).priceSatang());
        assertTrue(after.get(cotton).version() > before.get(cotton).version(), "the edited row is a new version");

        session.setCookie("lang", "en");
        String english = importPage(session, edited);
        assertTrue(english.contains("0 listings added, 0 updated, 3 unchanged."), english);
        assertEquals(
                after.get(cotton).version(), own(producer).get(cotton).version(), "importing again changes nothing");
    }

    private String importPage(PortalSession session, String csv) {
        HttpResponse<String> result = session.upload(
                "/listings/import",
                "file",
                "listings.csv",
                MediaType.TEXT_PLAIN_TYPE,
                csv.getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE);
        assertEquals(200, result.getStatus().getCode(), PortalSession.body(result));
        return PortalSession.body(result);
    }

    private Map<String, Product> own(ProducerId producer) {
        return products.listByProducer(producer).stream().collect(Collectors.toMap(Product::publicId, p -> p));
    }

    private Map<String, Timestamp> updatedAt(ProducerId producer) {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("SELECT public_id, updated_at FROM product WHERE producer_id = ?", ps -> {
                    ps.setLong(1, producer.value());
                    Map<String, Timestamp> found = new java.util.HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), rs.getTimestamp(2));
                        }
                    }
                    return found;
                }));
    }

    private long lastOutboxId() {
        return transactions.executeRead(
                status -> jdbc.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM search_outbox", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    private long outboxRowsSince(Product product, long lastId) {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("SELECT COUNT(*) FROM search_outbox WHERE product_id = ? AND id > ?", ps -> {
                    ps.setLong(1, product.id().value());
                    ps.setLong(2, lastId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }
}
