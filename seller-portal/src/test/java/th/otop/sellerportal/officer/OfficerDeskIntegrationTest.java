package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.audit.AuditEntry;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.Community;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.catalog.search.ProductIndexer;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintStatus;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.sellerportal.support.PortalSession;

/**
 * An officer's day through the HTTP client: verifies a new producer (a suspension needs a reason), confirms its
 * group, records a 4-star grade typed as a Buddhist-era year that then shows in the search facets, hides a
 * listing with a reason the producer reads, answers and resolves an escalated complaint, and finds every action
 * in the audit log. An admin then makes another account an officer.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class OfficerDeskIntegrationTest implements RealServices {
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
    Community community;

    @Inject
    ProductSearch search;

    @Inject
    ProductIndexer indexer;

    @Inject
    AuditLog audit;

    @Inject
    Complaints complaints;

    @Test
    void anOfficerVerifiesGradesHidesAndAnswersAComplaint() {
        PortalSession producer = PortalSession.newProducer(client, "weaver@example.com", "กลุ่มทอผ้าบ้านนาโพธิ์");
        String silk = producer.newListing("ผ้าไหมมัดหมี่ลายนาคน้อย", "1250", "5");
        String scarf = producer.newListing("ผ้าพันคอไหมลายดอกแก้ว", "450", "8");
        assertEquals(
                303,
                producer.post("/community/group", Map.of("groupNameTh", "กลุ่มทอผ้าไหมนาโพธิ์", "households", "24"))
                        .getStatus()
                        .getCode());
        ProducerId producerId = accounts.authenticate("weaver@example.com", OfficerSessions.PASSWORD)
                .orElseThrow()
                .producerId();
        Producer shop = producers.find(producerId).orElseThrow();
        String page = "/officer/producers/" + shop.publicId();

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "officer@example.com");
        String desk = PortalSession.body(officer.get("/officer"));
        assertTrue(desk.contains("กลุ่มทอผ้าบ้านนาโพธิ์"), "the new producer waits on the desk");
        assertTrue(desk.contains("กลุ่มทอผ้าไหมนาโพธิ์"), "its declared group waits for confirmation");

        String shopPage = PortalSession.body(officer.get(page));
        assertTrue(shopPage.contains("พร้อมเพย์สำหรับรับเงิน") && shopPage.contains(">0812345678<"), "the payout id");
        assertFalse(shopPage.contains("action=\"" + page + "/suspend"), "no suspend button next to verify");
        assertTrue(
                shopPage.indexOf("id=\"suspension\"") > shopPage.indexOf("id=\"listing-" + silk + "\""),
                "suspending is at the end of the page, far from verify");
        HttpResponse<String> unconfirmed = officer.post(page + "/suspend", Map.of("note", "ขายของปลอม"));
        assertEquals(200, unconfirmed.getStatus().getCode(), "a post without the confirmation asks for it");
        assertTrue(PortalSession.body(unconfirmed).contains("ระงับ กลุ่มทอผ้าบ้านนาโพธิ์ ใช่ไหม"));
        assertTrue(PortalSession.body(unconfirmed).contains(">ขายของปลอม</textarea>"), "the reason typed is kept");
        assertEquals(
                Verification.PENDING, producers.find(producerId).orElseThrow().verification());
        HttpResponse<String> noReason = officer.post(page + "/suspend", Map.of("note", " ", "confirmed", "yes"));
        assertEquals(422, noReason.getStatus().getCode());
        assertTrue(PortalSession.body(noReason).contains("กรุณาระบุเหตุผลที่ระงับ"), "Thai message, nothing saved");
        assertEquals(
                Verification.PENDING, producers.find(producerId).orElseThrow().verification());

        HttpResponse<String> verified = officer.post(page + "/verify", Map.of("note", "เอกสารครบถ้วน"));
        assertEquals(303, verified.getStatus().getCode());
        assertEquals(page + "?done=VERIFIED&at=verification#done", verified.header("Location"));
        assertEquals(
                Verification.VERIFIED, producers.find(producerId).orElseThrow().verification());
        String told = PortalSession.body(officer.get(verified.header("Location").replace("#done", "")));
        int notice = told.indexOf("id=\"done\"");
        assertTrue(
                notice > told.indexOf("id=\"verification\"") && notice < told.indexOf("id=\"links\""),
                "the result is told in the verification part: " + told);
        assertTrue(told.contains("ยืนยันร้านแล้ว ส่งอีเมลแจ้งผลพร้อมหมายเหตุของคุณแล้ว"), told);
        officer.setCookie("lang", "en");
        String english =
                PortalSession.body(officer.get(verified.header("Location").replace("#done", "")));
        assertTrue(english.contains("Verified; the decision and your note were mailed."), english);
        assertTrue(english.contains("PromptPay ID for payouts") && english.contains("Suspend…"), english);
        assertFalse(english.contains("??"), english);
        officer.setCookie("lang", "th");

        long group =
                community.declaredLinkagesOf(producerId).groups().get(0).group().id();
        assertEquals(
                303,
                officer.post(page + "/groups/" + group + "/confirm", Map.of())
                        .getStatus()
                        .getCode());
        assertTrue(community.linkagesOf(producerId).groups().get(0).confirmed());
        assertEquals(
                404,
                officer.post(page + "/groups/999999/confirm", Map.of())
                        .getStatus()
                        .getCode());

        for (String listing : List.of(silk, scarf)) {
            assertEquals(
                    303,
                    producer.post("/listings/" + listing + "/publish", Map.of())
                            .getStatus()
                            .getCode());
        }

        HttpResponse<String> sixStars =
                officer.post(page + "/listings/" + silk + "/grade", Map.of("stars", "6", "starYear", "2568"));
        assertEquals(422, sixStars.getStatus().getCode());
        HttpResponse<String> tooOld =
                officer.post(page + "/listings/" + silk + "/grade", Map.of("stars", "4", "starYear", "2540"));
        assertEquals(422, tooOld.getStatus().getCode(), "2540 BE is 1997, before OTOP grading began");
        assertTrue(PortalSession.body(tooOld).contains("ปีที่ได้รับการคัดสรร"), PortalSession.body(tooOld));

        HttpResponse<String> graded =
                officer.post(page + "/listings/" + silk + "/grade", Map.of("stars", "4", "starYear", "2568"));
        assertEquals(303, graded.getStatus().getCode());
        assertEquals(page + "?done=GRADED&at=listing-" + silk + "#done", graded.header("Location"));
        String gradedPage =
                PortalSession.body(officer.get(graded.header("Location").replace("#done", "")));
        assertTrue(
                gradedPage.indexOf("id=\"done\"") > gradedPage.indexOf("id=\"listing-" + silk + "\""),
                "told in the listing's own part");
        assertTrue(gradedPage.contains("บันทึกระดับดาวแล้ว"), gradedPage);
        Product silkNow = listing(producerId, silk);
        assertEquals(Grading.of(4, 2025), silkNow.grading(), "typed in the Buddhist era, stored in the common era");
        assertTrue(PortalSession.body(officer.get(page)).contains("4 ดาว · 2568"), "shown in the Buddhist era");

        indexer.drainAll();
        eventually(
                () -> search.search(SearchQuery.forText(null)).facets().stars().getOrDefault(4, 0L) == 1L);
        assertEquals(
                1L, search.search(SearchQuery.forText(null)).facets().stars().getOrDefault(0, 0L));

        assertEquals(
                422,
                officer.post(page + "/listings/" + scarf + "/hide", Map.of("reason", ""))
                        .getStatus()
                        .getCode());
        assertEquals(ProductStatus.PUBLISHED, listing(producerId, scarf).status());
        String reason = "ภาพสินค้าไม่ตรงกับสินค้าจริง";
        assertEquals(
                303,
                officer.post(page + "/listings/" + scarf + "/hide", Map.of("reason", reason))
                        .getStatus()
                        .getCode());
        assertEquals(ProductStatus.HIDDEN, listing(producerId, scarf).status());
        assertTrue(PortalSession.body(producer.get("/dashboard")).contains(reason), "the producer reads why");
        indexer.drainAll();
        eventually(() -> search.search(SearchQuery.forText(null)).total() == 1);

        HttpResponse<String> found =
                officer.get("/officer/listings?ref=https%3A%2F%2Fotop.example%2Fp%2F" + silk + "%2Fsilk");
        assertEquals(303, found.getStatus().getCode());
        assertEquals(page + "#listing-" + silk, found.header("Location"));
        String hidden = PortalSession.body(officer.get("/officer/listings?ref=" + scarf));
        assertTrue(hidden.contains("aria-invalid=\"true\""), "hidden, not published: not found on the desk " + hidden);

        Party buyer = new Party(9_001, Role.CONSUMER, null);
        String fresh = complaints.open(
                buyer, ComplaintSubject.PLATFORM, null, null, ComplaintCategory.PAYMENT, "จ่ายเงินไม่ได้", null);
        String late = complaints.open(
                buyer, ComplaintSubject.ORDER, "order-1", producerId, ComplaintCategory.LATE, "ยังไม่ได้รับของ", null);
        assertEquals(
                303,
                officer.post("/officer/complaints/" + fresh + "/reply", Map.of("body", "รับเรื่องแล้วค่ะ"))
                        .getStatus()
                        .getCode());
        // ten days on, the producer never answered: that complaint missed its first-reply target
        assertEquals(1, complaints.escalateOverdue(Instant.now().plus(Duration.ofDays(10))));
        String inbox = PortalSession.body(officer.get("/officer/complaints"));
        assertTrue(inbox.contains("ส่งต่อเจ้าหน้าที่"), "marked escalated");
        assertTrue(inbox.contains("complaint-" + late) && inbox.contains("complaint-" + fresh), inbox);
        assertTrue(
                inbox.indexOf("complaint-" + late) < inbox.indexOf("complaint-" + fresh),
                "escalated first, although opened later");
        assertEquals(
                422,
                officer.post("/officer/complaints/" + late + "/reply", Map.of("body", ""))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                officer.post("/officer/complaints/" + late + "/reply", Map.of("body", "เจ้าหน้าที่ติดตามให้แล้วค่ะ"))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                officer.post("/officer/complaints/" + late + "/resolve", Map.of())
                        .getStatus()
                        .getCode());
        Complaint resolved = complaints.find(buyer, late);
        assertEquals(ComplaintStatus.RESOLVED, resolved.status());
        assertEquals("เจ้าหน้าที่ติดตามให้แล้วค่ะ", resolved.messages().get(1).body());
        assertTrue(
                PortalSession.body(officer.get("/officer/complaints/" + late)).contains("เจ้าหน้าที่ติดตามให้แล้วค่ะ"));
        assertEquals(
                404, officer.get("/officer/complaints/nosuchthing1").getStatus().getCode());

        long officerId = accounts.authenticate("officer@example.com", OfficerSessions.PASSWORD)
                .orElseThrow()
                .id();
        List<AuditEntry> log = audit.recent(7);
        assertEquals(
                List.of(
                        "complaint.resolve",
                        "complaint.reply",
                        "complaint.reply",
                        "product.hide",
                        "product.grade",
                        "link.group.confirm",
                        "producer.verified"),
                log.stream().map(AuditEntry::action).toList());
        assertTrue(log.stream().allMatch(e -> e.actorAccount() == officerId));
        String auditPage = PortalSession.body(officer.get("/officer/audit"));
        assertTrue(auditPage.contains("product.hide") && auditPage.contains(reason), "the audit page shows why");
    }

    @Test
    void anAdminMakesAnAccountAnOfficerAndTakesTheRoleBack() {
        PortalSession admin = OfficerSessions.signedIn(client, accounts, Role.ADMIN, "admin@example.com");
        PortalSession person = OfficerSessions.signedIn(client, accounts, Role.CONSUMER, "0891234567");
        PortalSession.newProducer(client, "producer@example.com", "ร้านผู้ผลิต");
        assertEquals(403, person.get("/officer").getStatus().getCode());

        HttpResponse<String> unknown = admin.post("/officer/officers", Map.of("login", "nobody@example.com"));
        assertEquals(422, unknown.getStatus().getCode());
        assertTrue(PortalSession.body(unknown).contains("ไม่พบบัญชี"));
        HttpResponse<String> aProducer = admin.post("/officer/officers", Map.of("login", "producer@example.com"));
        assertEquals(422, aProducer.getStatus().getCode(), "a producer's account cannot judge producers");

        assertEquals(
                303,
                admin.post("/officer/officers", Map.of("login", "089-123-4567"))
                        .getStatus()
                        .getCode());
        Account promoted =
                accounts.authenticate("0891234567", OfficerSessions.PASSWORD).orElseThrow();
        assertEquals(Role.OFFICER, promoted.role());
        assertEquals(200, person.get("/officer").getStatus().getCode(), "the same session, now an officer");
        assertEquals(403, person.get("/officer/officers").getStatus().getCode(), "officers do not manage officers");
        assertTrue(PortalSession.body(admin.get("/officer/officers")).contains("0891234567"));

        assertEquals(
                303,
                admin.post("/officer/officers/" + promoted.publicId() + "/revoke", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(403, person.get("/officer").getStatus().getCode());
        assertEquals(
                List.of("officer.revoke", "officer.promote"),
                audit.recent(2).stream().map(AuditEntry::action).toList());
        assertFalse(PortalSession.body(admin.get("/officer/officers")).contains("0891234567"));
    }

    private Product listing(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow();
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(5);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 5 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
