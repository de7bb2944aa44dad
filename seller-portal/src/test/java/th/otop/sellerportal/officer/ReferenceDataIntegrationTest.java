package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * Officers import categories and geography from CSV: a preview changes nothing, valid lines apply and bad lines are
 * listed by line number, each import is audited, renames follow producers, and removals need an admin and are refused
 * while something still uses the entry.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class ReferenceDataIntegrationTest implements RealServices {
    private static final String CATEGORIES = "code,name_th,name_en,position,visible\n"
            + "FOOD,อาหาร,Food,1,true\nBEVERAGE,เครื่องดื่ม,Beverages,2,true\n";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    Geography geography;

    @Inject
    Producers producers;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private PortalSession officer;

    @AfterAll
    void restoreCategories() {
        send(officer, "CATEGORIES", CATEGORIES, false);
    }

    @Test
    void aPreviewChangesNothingAndAnImportAppliesTheGoodLinesOnly() {
        officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "reference-officer@example.com");
        String file =
                "id,province_id,name_th\n9699,96,อำเภอทดสอบนำเข้า\n9698,5,อำเภอผิดจังหวัด\n9697,99,อำเภอไม่มีจังหวัด\n";

        HttpResponse<String> preview = send(officer, "DISTRICTS", file, true);
        assertEquals(422, preview.getStatus().getCode());
        String page = PortalSession.body(preview);
        assertTrue(page.contains("เพิ่ม 1 แก้ไข 0 ลบ 0 ไม่เปลี่ยน 0 ไม่รับ 2 แถว"), page);
        assertTrue(page.contains("<td>3</td><td>9698</td>"), "bad lines listed by line number");
        assertTrue(page.contains("<td>4</td><td>9697</td>"));
        assertTrue(page.contains("ไม่มีจังหวัดรหัสนี้"));
        assertTrue(page.contains("name=\"csv\""), "the preview offers to apply");
        assertEquals(0, count("SELECT COUNT(*) FROM district WHERE id=9699"), "a preview writes nothing");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_log WHERE subject='reference:districts'"));

        HttpResponse<String> applied =
                officer.post("/officer/reference/import", Map.of("kind", "DISTRICTS", "csv", file));
        assertEquals(422, applied.getStatus().getCode(), "applying the preview still reports the refused lines");
        assertTrue(PortalSession.body(applied).contains("เพิ่ม 1 แก้ไข 0 ลบ 0 ไม่เปลี่ยน 0 ไม่รับ 2 แถว"));
        assertEquals(1, count("SELECT COUNT(*) FROM district WHERE id=9699"));
        assertEquals(0, count("SELECT COUNT(*) FROM district WHERE id IN (9698, 9697)"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_log WHERE action='reference.import' "
                        + "AND subject='reference:districts' AND detail LIKE 'added 1,%refused 2'"));

        send(officer, "SUBDISTRICTS", "id,district_id,name_th\n969901,9699,ตำบลทดสอบ\n", false);
        send(officer, "POSTCODES", "subdistrict_id,postcode\n969901,96000\n", false);
        ProducerId local = producers.register(new ProducerProfile(
                ProducerKind.COMMUNITY_ENTERPRISE,
                "วิสาหกิจชุมชนทดสอบพื้นที่",
                null,
                null,
                null,
                96,
                "อำเภอทดสอบนำเข้า",
                "ตำบลทดสอบ",
                null,
                null,
                null,
                null,
                "0812345678",
                false));

        HttpResponse<String> renamed =
                send(officer, "DISTRICTS", "id,province_id,name_th\n9699,96,อำเภอเปลี่ยนชื่อ\n", false);
        assertEquals(200, renamed.getStatus().getCode(), PortalSession.body(renamed));
        assertTrue(geography.districts(96).stream().anyMatch(d -> d.nameTh().equals("อำเภอเปลี่ยนชื่อ")));
        assertEquals("อำเภอเปลี่ยนชื่อ", producers.find(local).orElseThrow().district(), "renames follow producers");

        String removal = "id,district_id,name_th,action\n969901,9699,ตำบลทดสอบ,remove\n";
        HttpResponse<String> notAdmin = send(officer, "SUBDISTRICTS", removal, false);
        assertTrue(PortalSession.body(notAdmin).contains("เฉพาะผู้ดูแลระบบเท่านั้นที่ลบข้อมูลอ้างอิงได้"));
        assertEquals(1, count("SELECT COUNT(*) FROM subdistrict WHERE id=969901"));

        PortalSession admin = OfficerSessions.signedIn(client, accounts, Role.ADMIN, "reference-admin@example.com");
        assertTrue(PortalSession.body(
                        send(admin, "POSTCODES", "subdistrict_id,postcode,action\n969901,96000,remove\n", false))
                .contains("รหัสไปรษณีย์เดียวของตำบลนี้"));
        String province = PortalSession.body(send(
                admin, "PROVINCES", "id,name_th,name_en,region,action\n32,สุรินทร์,Surin,NORTHEAST,remove\n", false));
        assertTrue(province.contains("ลบไม่ได้"), province);
        assertTrue(geography.province(32).isPresent(), "a province in use stays");
        assertEquals(1, count("SELECT COUNT(*) FROM district WHERE id=9699"));

        assertTrue(
                PortalSession.body(send(admin, "SUBDISTRICTS", removal, false)).contains("ยังมีผู้ผลิตใช้พื้นที่นี้"));
        assertTrue(
                PortalSession.body(send(admin, "DISTRICTS", "id,province_id,name_th,action\n9699,96,x,remove\n", false))
                        .contains("ยังมีผู้ผลิตใช้พื้นที่นี้"));
        assertEquals(1, count("SELECT COUNT(*) FROM subdistrict WHERE id=969901"), "a refused line writes nothing");
        transactions.executeWrite(status ->
                jdbc.prepareStatement("UPDATE producer SET district_id=NULL, subdistrict_id=NULL WHERE id=?", ps -> {
                    ps.setLong(1, local.value());
                    return ps.executeUpdate();
                }));
        assertEquals(
                200, send(admin, "SUBDISTRICTS", removal, false).getStatus().getCode());
        assertEquals(
                200,
                send(admin, "DISTRICTS", "id,province_id,name_th,action\n9699,96,อำเภอเปลี่ยนชื่อ,remove\n", false)
                        .getStatus()
                        .getCode());
        assertEquals(0, count("SELECT COUNT(*) FROM district WHERE id=9699"));
        assertEquals(0, count("SELECT COUNT(*) FROM subdistrict_postcode WHERE subdistrict_id=969901"));
    }

    @Test
    void categoryNamesOrderAndVisibilityAreDataWhileCodesStayFixed() {
        if (officer == null) {
            officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "reference-officer2@example.com");
        }
        HttpResponse<String> result = send(
                officer,
                "CATEGORIES",
                "code,name_th,name_en,position,visible\nFOOD,อาหารและของว่าง,Food and snacks,1,true\n"
                        + "BEVERAGE,เครื่องดื่ม,Beverages,2,false\nTOYS,ของเล่น,Toys,9,true\n",
                false);
        assertEquals(422, result.getStatus().getCode());
        assertTrue(PortalSession.body(result).contains("ไม่มีรหัสหมวดหมู่นี้"), "codes are fixed");
        assertTrue(PortalSession.body(officer.get("/officer/reference")).contains("อาหารและของว่าง"));

        PortalSession shop = PortalSession.newProducer(client, "reference-shop@example.com", "ร้านหมวดหมู่");
        String form = PortalSession.body(shop.get("/listings/new"));
        assertTrue(form.contains(">อาหารและของว่าง<"), "the new name on the listing form");
        assertFalse(form.contains("value=\"BEVERAGE\""), "a hidden category is not offered for new listings");
        HttpResponse<String> refused = shop.post(
                "/listings",
                Map.of("titleTh", "น้ำตาลสด", "category", "BEVERAGE", "price", "40", "stock", "5", "unitTh", "ขวด"));
        assertEquals(422, refused.getStatus().getCode());
        assertTrue(PortalSession.body(refused).contains("หมวดหมู่นี้ปิดรับสินค้าใหม่แล้ว"), "nor accepted");

        HttpResponse<String> badHeader = send(officer, "CATEGORIES", "code,name\nFOOD,x\n", false);
        assertEquals(422, badHeader.getStatus().getCode());
        assertTrue(PortalSession.body(badHeader).contains("ไฟล์ขาดคอลัมน์"));
        assertEquals(
                403,
                send(shop, "CATEGORIES", CATEGORIES, false).getStatus().getCode(),
                "producers cannot import reference data");
    }

    @Test
    void theNewOfficerPagesHaveTheirTextsInThaiAndEnglish() {
        PortalSession reader = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "reference-reader@example.com");
        for (String language : List.of("th", "en")) {
            reader.setCookie("lang", language);
            for (String path :
                    List.of("/officer/reference", "/officer/reference?province=96&district=9601", "/officer/appeals")) {
                HttpResponse<String> response = reader.get(path);
                String body = PortalSession.body(response);
                assertEquals(200, response.getStatus().getCode(), language + " " + path);
                assertFalse(body.contains("??"), language + " " + path + " has a missing text:\n" + body);
                assertFalse(body.contains(" style="), language + " " + path);
                assertFalse(body.contains("<script>"), language + " " + path);
            }
        }
        assertTrue(PortalSession.body(reader.get("/officer/reference?province=96&district=9601"))
                .contains("96000"));
        assertEquals(
                404, reader.get("/officer/reference?province=5").getStatus().getCode());
    }

    private static HttpResponse<String> send(PortalSession session, String kind, String csv, boolean preview) {
        MultipartBody.Builder body = MultipartBody.builder()
                .addPart("kind", kind)
                .addPart("file", "reference.csv", new MediaType("text/csv"), csv.getBytes(StandardCharsets.UTF_8));
        if (preview) {
            body.addPart("preview", "1");
        }
        return session.send(HttpRequest.POST("/officer/reference/import", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
                .header("X-CSRF-TOKEN", session.csrf()));
    }

    private long count(String query) {
        return transactions.executeRead(status -> jdbc.prepareStatement(query, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }));
    }
}
