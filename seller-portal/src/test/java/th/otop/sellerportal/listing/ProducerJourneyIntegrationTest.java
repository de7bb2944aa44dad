package th.otop.sellerportal.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Photos;
import th.otop.sellerportal.support.PortalSession;

/** Sign up, shop profile, verification wait, a first listing with two photos, publish, stock. */
@MicronautTest(transactional = false)
class ProducerJourneyIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    Products products;

    @Test
    void aNewProducerSetsUpTheShopAndPublishesAfterVerification() {
        PortalSession session = new PortalSession(client);
        session.get("/signup");
        HttpResponse<String> bad =
                session.post("/signup", Map.of("displayName", "สมศรี", "login", "not-a-login", "password", "short"));
        assertEquals(422, bad.getStatus().getCode());
        String badPage = PortalSession.body(bad);
        assertTrue(badPage.contains("กรุณากรอกอีเมลหรือเบอร์มือถือ 10 หลัก"), "Thai message next to the field");
        assertTrue(badPage.contains("value=\"not-a-login\""), "keeps what was typed");
        assertTrue(!badPage.contains("value=\"short\""), "never echoes the password");

        HttpResponse<String> signedUp = session.post(
                "/signup", Map.of("displayName", "สมศรี", "login", "0812345601", "password", "รหัสผ่านยาวพอ123"));
        assertEquals(303, signedUp.getStatus().getCode());
        assertEquals("/shop", signedUp.header("Location"));
        assertTrue(session.cookie("JWT").isPresent(), "signed in with a cookie");
        String jwtCookie = signedUp.getHeaders().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith("JWT="))
                .findFirst()
                .orElseThrow();
        assertTrue(jwtCookie.toLowerCase().contains("httponly"), jwtCookie);
        assertTrue(jwtCookie.contains("SameSite=Lax"), jwtCookie);

        assertEquals("/shop", session.get("/dashboard").header("Location"), "no shop yet: set it up first");
        HttpResponse<String> noName = session.post(
                "/shop", Map.of("kind", "COMMUNITY_ENTERPRISE", "provinceId", "32", "district", "เมืองสุรินทร์"));
        assertEquals(422, noName.getStatus().getCode());
        assertTrue(PortalSession.body(noName).contains("กรุณากรอกชื่อภาษาไทย"), PortalSession.body(noName));
        assertTrue(
                PortalSession.body(noName).matches("(?s).*<option value=\"เมืองสุรินทร์\"[^>]*selected.*"),
                "keeps the district chosen");

        HttpResponse<String> chiangMaiDistrict = session.post(
                "/shop",
                Map.of(
                        "kind", "COMMUNITY_ENTERPRISE",
                        "nameTh", "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
                        "provinceId", "32",
                        "district", "เมืองเชียงใหม่",
                        "subdistrict", "สุเทพ"));
        assertEquals(422, chiangMaiDistrict.getStatus().getCode());
        assertTrue(
                PortalSession.body(chiangMaiDistrict).contains("อำเภอ/เขตนี้ไม่อยู่ในจังหวัดที่เลือก"),
                PortalSession.body(chiangMaiDistrict));
        HttpResponse<String> chooseStep = session.post(
                "/shop",
                Map.of("nameTh", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", "provinceId", "32", "addressChoose", "province"));
        assertEquals(200, chooseStep.getStatus().getCode(), "the picker's step without JavaScript");
        assertTrue(PortalSession.body(chooseStep).contains(">เมืองสุรินทร์</option>"), "Surin's districts");
        assertTrue(PortalSession.body(chooseStep).contains("value=\"กลุ่มทอผ้าไหมบ้านท่าสว่าง\""), "the name kept");
        assertTrue(PortalSession.body(chooseStep).contains("name=\"postcode\""), "a shop has a postcode");

        HttpResponse<String> shop = session.post(
                "/shop",
                Map.of(
                        "kind",
                        "COMMUNITY_ENTERPRISE",
                        "nameTh",
                        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
                        "provinceId",
                        "32",
                        "district",
                        "เมืองสุรินทร์",
                        "subdistrict",
                        "ท่าสว่าง",
                        "promptPayId",
                        "0812345601"));
        assertEquals(303, shop.getStatus().getCode(), PortalSession.body(shop));
        String dashboard = PortalSession.body(session.get("/dashboard"));
        assertTrue(dashboard.contains("รอเจ้าหน้าที่ พช. ยืนยันร้าน"), "verification-wait banner");

        String listing = session.newListing("ผ้าไหมมัดหมี่", "1,250.50", "3");
        Product draft = products.listByProducer(producerOf("0812345601")).get(0);
        assertEquals(125_050L, draft.priceSatang());
        assertEquals(ProductStatus.DRAFT, draft.status());

        for (Color color : new Color[] {Color.RED, Color.BLUE}) {
            HttpResponse<String> uploaded = session.upload(
                    "/listings/" + listing + "/photos",
                    "photo",
                    "silk.jpg",
                    MediaType.IMAGE_JPEG_TYPE,
                    Photos.jpeg(800, 600, color));
            assertEquals(200, uploaded.getStatus().getCode(), PortalSession.body(uploaded));
        }
        HttpResponse<String> notAPhoto = session.upload(
                "/listings/" + listing + "/photos", "photo", "x.jpg", MediaType.IMAGE_JPEG_TYPE, "hello".getBytes());
        assertEquals(422, notAPhoto.getStatus().getCode());
        assertTrue(PortalSession.body(notAPhoto).contains("JPEG"), PortalSession.body(notAPhoto));
        Product withPhotos = products.listByProducer(producerOf("0812345601")).get(0);
        assertEquals(2, withPhotos.photos().size());
        assertEquals(
                200,
                session.send(io.micronaut.http.HttpRequest.GET(
                                        "/photos/" + withPhotos.photos().get(0).storageKey() + "/list.jpg")
                                .accept(MediaType.IMAGE_JPEG_TYPE))
                        .getStatus()
                        .getCode());

        HttpResponse<String> refused = session.post("/listings/" + listing + "/publish", Map.of());
        assertEquals(422, refused.getStatus().getCode());
        assertTrue(PortalSession.body(refused).contains("ยังรอการยืนยันจากเจ้าหน้าที่ พช."));

        producers.decideVerification(producerOf("0812345601"), Verification.VERIFIED, null);
        assertEquals(
                303,
                session.post("/listings/" + listing + "/publish", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(
                ProductStatus.PUBLISHED,
                products.listByProducer(producerOf("0812345601")).get(0).status());
        assertTrue(!PortalSession.body(session.get("/dashboard")).contains("รอเจ้าหน้าที่ พช. ยืนยันร้าน"));

        HttpResponse<String> autosaved = session.postJson(
                "/listings/" + listing + "/autosave",
                Map.of(
                        "titleTh",
                        "ผ้าไหมมัดหมี่ลายโบราณ",
                        "category",
                        "CLOTH",
                        "price",
                        "1300",
                        "stock",
                        "2",
                        "unitTh",
                        "ผืน"));
        assertEquals(200, autosaved.getStatus().getCode(), PortalSession.body(autosaved));
        HttpResponse<String> badAutosave = session.postJson(
                "/listings/" + listing + "/autosave",
                Map.of("titleTh", "", "category", "CLOTH", "price", "abc", "unitTh", "ผืน"));
        assertEquals(422, badAutosave.getStatus().getCode());
        assertTrue(PortalSession.body(badAutosave).contains("price"), PortalSession.body(badAutosave));

        String history = PortalSession.body(session.get("/stock/" + listing));
        assertTrue(history.contains("ร้านแก้ไข"), "the manual change is in the history");
        assertTrue(history.contains("เหลือ 2"), history);
        assertTrue(history.matches("(?s).*25[6-9][0-9].*"), "Buddhist-era year in Thai");
        assertTrue(PortalSession.body(session.get("/stock")).contains("ใกล้หมด"), "low-stock alert");

        HttpResponse<String> duplicated = session.post("/listings/" + listing + "/duplicate", Map.of());
        assertEquals(303, duplicated.getStatus().getCode());
        assertEquals(2, products.listByProducer(producerOf("0812345601")).size());

        HttpResponse<String> bulk =
                session.post("/listings/bulk", Map.of("price." + listing, "99", "stock." + listing, "40"));
        assertEquals(303, bulk.getStatus().getCode(), PortalSession.body(bulk));
        Product edited = products.listByProducer(producerOf("0812345601")).stream()
                .filter(p -> p.publicId().equals(listing))
                .findFirst()
                .orElseThrow();
        assertEquals(9_900L, edited.priceSatang());
        assertEquals(40, edited.stock());

        String csv = PortalSession.body(session.get("/listings/export.csv"));
        assertTrue(csv.contains(listing) && csv.contains("ผ้าไหมมัดหมี่ลายโบราณ"), csv);

        assertEquals(
                200,
                session.get("/listings/" + listing + "/preview").getStatus().getCode());
        assertEquals(
                303,
                session.post("/listings/" + listing + "/delete", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(1, products.listByProducer(producerOf("0812345601")).size());
    }

    @Test
    void aListingFormReportsEveryProblemInOneAnswer() {
        PortalSession session = PortalSession.newProducer(client, "0812345604", "ร้านกรอกผิด");
        HttpResponse<String> answer = session.post(
                "/listings",
                Map.of(
                        "titleTh", "",
                        "category", "",
                        "price", "ราคาเท่าไร",
                        "stock", "สิบ",
                        "unitTh", "",
                        "processingDays", "120"));
        assertEquals(422, answer.getStatus().getCode());
        String page = PortalSession.body(answer);
        // unreadable numbers and the draft's own rules together, not one group per press of save
        for (String field : new String[] {"titleTh", "category", "price", "stock", "unitTh", "processingDays"}) {
            assertTrue(page.contains("id=\"" + field + "-error\""), field + " is reported: " + page);
        }
        assertTrue(page.contains("ต้องเป็นจำนวนเต็ม"), page);
        assertTrue(page.contains("ต้องอยู่ระหว่าง 0 ถึง 90"), page);
    }

    @Test
    void linkagesAreDeclaredAndWaitForAnOfficer() {
        PortalSession session = PortalSession.newProducer(client, "0812345602", "กลุ่มจักสาน");
        assertEquals(
                303,
                session.post("/community/group", Map.of("groupNameTh", "กลุ่มจักสานบ้านโนน", "households", "12"))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                session.post(
                                "/community/fund",
                                Map.of(
                                        "fundKind",
                                        "SAVINGS_GROUP",
                                        "fundNameTh",
                                        "กลุ่มออมทรัพย์บ้านโนน",
                                        "relation",
                                        "FINANCED_BY"))
                        .getStatus()
                        .getCode());
        String page = PortalSession.body(session.get("/community"));
        assertTrue(page.contains("กลุ่มจักสานบ้านโนน") && page.contains("รอเจ้าหน้าที่ยืนยัน"), page);
        HttpResponse<String> bad = session.post("/community/group", Map.of("groupNameTh", "", "households", "many"));
        assertEquals(422, bad.getStatus().getCode());
    }

    @Test
    void staffCannotChangePayoutDetailsOrTheTeam() {
        PortalSession owner = PortalSession.newProducer(client, "0812345603", "ร้านเจ้าของ");
        HttpResponse<String> invited = owner.post(
                "/shop/team", Map.of("login", "staff@example.com", "displayName", "น้องแก้ว", "role", "STAFF"));
        assertEquals(303, invited.getStatus().getCode(), PortalSession.body(invited));
        assertTrue(PortalSession.body(owner.get("/shop/team")).contains("staff@example.com"));

        String token = accounts.startPasswordReset("staff@example.com").orElseThrow();
        PortalSession staff = new PortalSession(client);
        assertEquals(
                303,
                staff.post("/reset/" + token, Map.of("password", "รหัสใหม่ของแก้ว1"))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                staff.post("/signin", Map.of("login", "staff@example.com", "password", "รหัสใหม่ของแก้ว1"))
                        .getStatus()
                        .getCode());
        staff.post(
                "/shop",
                Map.of(
                        "kind",
                        "COMMUNITY_ENTERPRISE",
                        "nameTh",
                        "ร้านเจ้าของ (แก้ไข)",
                        "provinceId",
                        "32",
                        "district",
                        "เมืองสุรินทร์",
                        "subdistrict",
                        "ในเมือง",
                        "promptPayId",
                        "0899999999"));
        var producer = producers.find(producerOf("0812345603")).orElseThrow();
        assertEquals("ร้านเจ้าของ (แก้ไข)", producer.nameTh(), "staff may edit the profile");
        assertEquals("0812345678", producer.promptPayId(), "but not the payout details");
        assertEquals(
                403,
                staff.post("/shop/team", Map.of("login", "x@example.com", "role", "OWNER"))
                        .getStatus()
                        .getCode());
    }

    private th.otop.catalog.producer.ProducerId producerOf(String login) {
        return accounts.authenticate(login, "รหัสผ่านยาวพอ123").orElseThrow().producerId();
    }
}
