package th.otop.sellerportal.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

@MicronautTest(transactional = false)
class CsvImportIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Products products;

    @Inject
    Accounts accounts;

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
}
