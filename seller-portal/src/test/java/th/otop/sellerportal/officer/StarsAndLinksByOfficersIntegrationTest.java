package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.audit.AuditEntry;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.LinkStatus;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductGrades;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * OTOP stars and community links are officers' decisions: a producer posting a star field to the listing form, its
 * autosave or a CSV import changes no grade; the officer's grade is kept with its history on both pages; a declared
 * link shows as pending to its producer until an officer confirms or rejects it with a reason.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class StarsAndLinksByOfficersIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    Products products;

    @Inject
    ProductGrades grades;

    @Inject
    Community community;

    @Inject
    AuditLog audit;

    @Test
    void onlyAnOfficerWritesStarsAndEveryGradeIsKept() {
        PortalSession producer = PortalSession.newProducer(client, "stars@example.com", "กลุ่มทอผ้าบ้านดาว");
        ProducerId producerId = producerId("stars@example.com");
        String page =
                "/officer/producers/" + producers.find(producerId).orElseThrow().publicId();
        String editPage = PortalSession.body(producer.get("/listings/new"));
        assertFalse(editPage.contains("name=\"stars\""), "the listing form has no star field");

        HttpResponse<String> created = producer.post(
                "/listings",
                Map.of(
                        "titleTh",
                        "ผ้าไหมลายดาว",
                        "category",
                        "CLOTH",
                        "price",
                        "900",
                        "stock",
                        "3",
                        "unitTh",
                        "ผืน",
                        "stars",
                        "5",
                        "starYear",
                        "2567"));
        assertEquals(303, created.getStatus().getCode());
        String silk = created.header("Location").substring("/listings/".length());
        assertEquals(Grading.GROUP_D, listing(producerId, silk).grading(), "a posted star field is never read");

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "grader@example.com");
        assertEquals(
                303,
                officer.post(page + "/listings/" + silk + "/grade", Map.of("stars", "3", "starYear", "2566"))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                officer.post(page + "/listings/" + silk + "/grade", Map.of("stars", "4", "starYear", "2568"))
                        .getStatus()
                        .getCode());
        Grading officers = Grading.of(4, 2025);
        assertEquals(officers, listing(producerId, silk).grading());

        // the producer tries every route: the form, its autosave and the CSV import with a star column
        assertEquals(
                303,
                producer.post(
                                "/listings/" + silk,
                                Map.of(
                                        "titleTh",
                                        "ผ้าไหมลายดาว",
                                        "category",
                                        "CLOTH",
                                        "price",
                                        "950",
                                        "stock",
                                        "3",
                                        "unitTh",
                                        "ผืน",
                                        "stars",
                                        "5",
                                        "starYear",
                                        "2568"))
                        .getStatus()
                        .getCode());
        assertEquals(950_00, listing(producerId, silk).priceSatang(), "the rest of the edit is saved");
        assertEquals(officers, listing(producerId, silk).grading());
        producer.postJson(
                "/listings/" + silk + "/autosave",
                Map.of(
                        "titleTh",
                        "ผ้าไหมลายดาว",
                        "category",
                        "CLOTH",
                        "price",
                        "950",
                        "stock",
                        "3",
                        "unitTh",
                        "ผืน",
                        "stars",
                        "1"));
        assertEquals(officers, listing(producerId, silk).grading());
        String csv = "id,titleTh,category,price,stock,unitTh,stars,starYear\n"
                + silk + ",ผ้าไหมลายดาว,CLOTH,960,3,ผืน,5,2568\n"
                + ",ผ้าขาวม้าดาว,CLOTH,150,9,ผืน,,\n"
                + ",ย่ามดาว,CLOTH,250,4,ใบ,2,2567\n";
        HttpResponse<String> imported = producer.upload(
                "/listings/import",
                "file",
                "listings.csv",
                MediaType.TEXT_PLAIN_TYPE,
                csv.getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE);
        assertEquals(200, imported.getStatus().getCode(), "a star column is a warning, not an error");
        String result = PortalSession.body(imported);
        assertTrue(result.contains("เพิ่มสินค้า 2 รายการ แก้ไข 1 รายการ"), result);
        assertTrue(result.contains("ไม่ได้นำเข้าคอลัมน์ &quot;stars&quot;"), result);
        assertTrue(result.contains("<td>2</td>") && result.contains("<td>4</td>"), "warned on lines 2 and 4");
        assertFalse(result.contains("<td>3</td>"), "line 3 left the column empty: nothing to warn about");
        assertEquals(officers, listing(producerId, silk).grading());
        assertTrue(
                products.listByProducer(producerId).stream()
                        .allMatch(p -> p.publicId().equals(silk) || p.grading().isGroupD()),
                "new lines from the file stay ungraded");
        producer.setCookie("lang", "en");
        String english = PortalSession.body(producer.upload(
                "/listings/import",
                "file",
                "listings.csv",
                MediaType.TEXT_PLAIN_TYPE,
                csv.getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE));
        assertTrue(english.contains("The &quot;stars&quot; column was ignored"), english);
        producer.setCookie("lang", "th");

        // the history: newest first, with the officer's name, on the officer's page and read-only to the producer
        List<ProductGrades.GradeRecord> history =
                grades.history(listing(producerId, silk).id());
        assertEquals(
                List.of(Grading.of(4, 2025), Grading.of(3, 2023)),
                history.stream().map(ProductGrades.GradeRecord::grading).toList());
        assertTrue(history.stream().allMatch(g -> g.officerName() != null), "each names its officer");
        String officerView = PortalSession.body(officer.get(page));
        assertTrue(officerView.contains("ประวัติระดับดาว"), officerView);
        assertTrue(officerView.indexOf("4 ดาว · 2568") < officerView.lastIndexOf("3 ดาว · 2566"), "newest first");
        String producerView = PortalSession.body(producer.get("/listings/" + silk));
        assertTrue(producerView.contains("ประวัติระดับดาว") && producerView.contains("3 ดาว · 2566"), producerView);
        assertTrue(producerView.contains(history.get(0).officerName()), "the officer who recorded it");
        assertFalse(producerView.contains("name=\"stars\""), "read-only for the producer");
        assertEquals(
                403,
                producer.post(page + "/listings/" + silk + "/grade", Map.of("stars", "5", "starYear", "2568"))
                        .getStatus()
                        .getCode(),
                "the grading page is for officers");
        assertEquals(officers, listing(producerId, silk).grading());
    }

    @Test
    void aDeclaredLinkIsPendingUntilAnOfficerConfirmsOrRejectsItWithAReason() {
        PortalSession producer = PortalSession.newProducer(client, "links@example.com", "กลุ่มจักสานบ้านโคก");
        ProducerId producerId = producerId("links@example.com");
        String page =
                "/officer/producers/" + producers.find(producerId).orElseThrow().publicId();
        producer.post("/community/group", Map.of("groupNameTh", "กลุ่มจักสานไม้ไผ่บ้านโคก", "households", "12"));
        producer.post(
                "/community/fund",
                Map.of("fundKind", "VILLAGE_FUND", "fundNameTh", "กองทุนหมู่บ้านโคก", "relation", "MEMBER"));
        String own = PortalSession.body(producer.get("/community"));
        assertEquals(2, own.split("รอเจ้าหน้าที่ยืนยัน", -1).length - 1, "both wait, and the producer sees it");
        assertTrue(community.linkagesOf(producerId).groups().isEmpty(), "nothing public yet");

        long group =
                community.declaredLinkagesOf(producerId).groups().get(0).group().id();
        long fund =
                community.declaredLinkagesOf(producerId).funds().get(0).fund().id();
        assertEquals(
                403,
                producer.post(page + "/groups/" + group + "/confirm", Map.of())
                        .getStatus()
                        .getCode(),
                "a producer cannot confirm its own link");

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "linker@example.com");
        HttpResponse<String> noReason =
                officer.post(page + "/funds/" + fund + "/reject", Map.of("relation", "MEMBER", "note", " "));
        assertEquals(422, noReason.getStatus().getCode());
        assertTrue(PortalSession.body(noReason).contains("กรุณาระบุเหตุผลที่ปฏิเสธ"), PortalSession.body(noReason));
        assertEquals(
                LinkStatus.PENDING,
                community.declaredLinkagesOf(producerId).funds().get(0).status(),
                "nothing half-saved");

        assertEquals(
                303,
                officer.post(page + "/groups/" + group + "/confirm", Map.of())
                        .getStatus()
                        .getCode());
        HttpResponse<String> rejected = officer.post(
                page + "/funds/" + fund + "/reject", Map.of("relation", "MEMBER", "note", "ไม่พบรายชื่อในกองทุน"));
        assertEquals(303, rejected.getStatus().getCode());
        assertTrue(rejected.header("Location").contains("done=FUND_REJECTED&at=link-fund-" + fund + "-member"));
        assertEquals(1, community.linkagesOf(producerId).groups().size(), "the confirmed group is public");
        assertTrue(community.linkagesOf(producerId).funds().isEmpty(), "the rejected fund is not");

        own = PortalSession.body(producer.get("/community"));
        assertTrue(own.contains("ยืนยันแล้ว"), own);
        assertTrue(
                own.contains("เจ้าหน้าที่ไม่รับรอง") && own.contains("เหตุผลของเจ้าหน้าที่: ไม่พบรายชื่อในกองทุน"),
                own);
        producer.setCookie("lang", "en");
        own = PortalSession.body(producer.get("/community"));
        assertTrue(own.contains("Rejected by an officer") && own.contains("The officer&#39;s reason"), own);

        List<String> actions = audit.recent(5).stream().map(AuditEntry::action).toList();
        assertEquals(List.of("link.fund.reject", "link.group.confirm"), actions.subList(0, 2));
        assertTrue(audit.recent(1).get(0).detail().contains("ไม่พบรายชื่อในกองทุน"));
        assertFalse(PortalSession.body(officer.get("/officer")).contains("กองทุนหมู่บ้านโคก"), "no longer waiting");
    }

    private ProducerId producerId(String login) {
        return accounts.authenticate(login, OfficerSessions.PASSWORD)
                .orElseThrow()
                .producerId();
    }

    private Product listing(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow();
    }
}
