package th.otop.storefront.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.outlet.OutletSession.body;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Role;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintStatus;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Carrier;
import th.otop.orders.survey.Satisfaction;
import th.otop.orders.survey.Segment;
import th.otop.orders.survey.Surveys;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.webkit.security.SessionCookies;

/**
 * The outlet's journey through the storefront's pages: signs up and waits for verification, is verified by an officer
 * (the service), orders from three producers with one line under the minimum (refused with a clear message, then
 * fixed), pays on net terms, is refused a second order over its credit limit, receives one line partly with damage,
 * downloads the PDFs and reorders; then the dashboard, the JSON API, consumers (403) and another outlet (404).
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutletJourneyIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    OutletMother mother;

    @Inject
    SessionCookies sessions;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    CreditLines credit;

    @Inject
    PurchaseOrders purchaseOrders;

    @Inject
    Complaints complaints;

    @Inject
    Surveys surveys;

    OutletMother.World world;
    Account ownerAccount;
    OutletSession owner;
    OutletMember member;
    String firstOrder;
    OutletSession consumer;
    OutletSession otherOutlet;

    @BeforeAll
    void world() {
        world = mother.world();
        ownerAccount = mother.account("สมชาย ร้านสุขใจ");
        owner = OutletSession.signedIn(client, sessions, ownerAccount);
        consumer = OutletSession.signedIn(client, sessions, mother.account("สมศรี ผู้ซื้อ"));
        Account other = mother.account("ร้านอื่น");
        var outlet = outlets.signUp(
                other.id(), new OutletApplication("ร้านสุขใจ บุรีรัมย์", null, 31, "บุรีรัมย์", "อบต.", null));
        outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
        otherOutlet = OutletSession.signedIn(client, sessions, other);
    }

    @Test
    @Order(1)
    void anOutletSignsUpAndWaitsForAnOfficer() {
        assertTrue(owner.page("/outlet/signup").contains("name=\"nameTh\""));
        HttpResponse<String> refused = owner.post(
                "/outlet/signup",
                Map.of("nameTh", " ", "provinceId", "", "address", "1 ถนนหลักเมือง", "operatorOrganisation", "บริษัท"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertTrue(body(refused).contains("กรุณาเลือกจังหวัด"), body(refused));
        assertTrue(body(refused).contains("value=\"บริษัท\""), "what was typed is kept");

        HttpResponse<String> signedUp = owner.post(
                "/outlet/signup",
                Map.of(
                        "nameTh", "ร้านประชารัฐสุขใจ สุรินทร์",
                        "nameEn", "Sukjai Shop Surin",
                        "provinceId", String.valueOf(OutletMother.SURIN),
                        "address", "1 ถนนหลักเมือง",
                        "district", "เมืองสุรินทร์",
                        "subdistrict", "ในเมือง",
                        "postcode", "32000",
                        "operatorOrganisation", "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                        "fundId", String.valueOf(world.fund())));
        assertEquals(HttpStatus.SEE_OTHER, signedUp.getStatus(), body(signedUp));
        assertEquals("/outlet?welcome=1", signedUp.header(HttpHeaders.LOCATION));
        String dashboard = owner.page("/outlet");
        assertTrue(dashboard.contains("รอเจ้าหน้าที่ตรวจสอบ"), dashboard);
        assertEquals("/outlet", owner.get("/outlet/catalogue").header(HttpHeaders.LOCATION), "no wholesale prices yet");
        assertEquals(
                HttpStatus.FORBIDDEN,
                owner.getJson("/api/v1/wholesale/catalogue").getStatus());

        member = members.of(ownerAccount.id()).orElseThrow();
        outlets.decide(member.outletId(), OutletStatus.VERIFIED, "เอกสารครบ");
        credit.extend(world.fund(), member.outletId(), 2_000_000, 30);
        String verified = owner.page("/outlet");
        assertFalse(verified.contains("รอเจ้าหน้าที่ตรวจสอบ"));
        assertTrue(verified.contains("เจ้าหน้าที่ พช. ยืนยันร้านแล้ว: เอกสารครบ"), "the officer's note as a notice");
    }

    @Test
    @Order(2)
    void theCatalogueShowsTierPricesAndFilters() {
        String all = owner.page("/outlet/catalogue");
        assertTrue(
                all.contains("ผ้าไหมมัดหมี่ทอมือ")
                        && all.contains("น้ำพริกเผาแม่ประนอม")
                        && all.contains("ตะกร้าสานไม้ไผ่"),
                all);
        assertTrue(all.contains("320 บาท") && all.contains("295 บาท"), "both tiers of the scarf");
        String sammachip = owner.page("/outlet/catalogue?sammachip=1");
        assertTrue(sammachip.contains("ผ้าไหมมัดหมี่ทอมือ"));
        assertFalse(sammachip.contains("น้ำพริกเผาแม่ประนอม"));
        String mine = owner.page("/outlet/catalogue?near=province");
        assertTrue(mine.contains("ตะกร้าสานไม้ไผ่"));
        assertFalse(mine.contains("น้ำพริกเผาแม่ประนอม"), "Chiang Mai is not Surin");
    }

    @Test
    @Order(3)
    void aLineUnderTheMinimumIsRefusedThenFixedAndPaidOnNetTerms() {
        String draft = "/outlet/orders/new?draft=" + world.scarfId() + ":12," + world.pasteId() + ":12";
        String form = owner.page(draft + "&add=" + world.basketId() + "&qty=10");
        assertTrue(form.contains("คงเหลือ 20,000 บาท จากวงเงิน 20,000 บาท ชำระภายใน 30 วัน"), form);
        assertTrue(form.contains("กลุ่มแม่บ้านน้ำพริกสันทราย"));
        String key = UUID.randomUUID().toString();
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("idempotencyKey", key);
        lines.put("payment", "NET_TERMS");
        lines.put("qty." + world.scarfId(), "12");
        lines.put("qty." + world.pasteId(), "12");
        lines.put("qty." + world.basketId(), "10");
        HttpResponse<String> refused = owner.post("/outlet/orders", lines);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertTrue(body(refused).contains("สั่งขั้นต่ำ 24 ชิ้น (สั่งไว้ 12 ชิ้น)"), body(refused));
        assertTrue(body(refused).contains("id=\"err-" + world.pasteId() + "\""), "the message sits next to its line");

        lines.put("qty." + world.pasteId(), "30");
        HttpResponse<String> notCases = owner.post("/outlet/orders", lines);
        assertTrue(body(notCases).contains("ขายยกลัง ลังละ 12 ชิ้น ลองสั่ง 24 / 36 ชิ้น"), body(notCases));

        lines.put("qty." + world.pasteId(), "24");
        HttpResponse<String> placed = owner.post("/outlet/orders", lines);
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        String location = placed.header(HttpHeaders.LOCATION);
        firstOrder = location.substring("/outlet/orders/".length(), location.indexOf('?'));
        assertEquals(
                location,
                owner.post("/outlet/orders", lines).header(HttpHeaders.LOCATION),
                "a double click places it once");
        String detail = owner.page(location);
        assertTrue(detail.contains("7,145.30 บาท"), detail);
        assertTrue(detail.contains("วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง") && detail.contains("กลุ่มจักสานบ้านโคกเมือง"));
        assertEquals(714_530, credit.status(member.outletId()).usedSatang());
    }

    @Test
    @Order(4)
    void aSecondOrderOverTheLimitIsRefusedShowingWhatRemains() {
        HttpResponse<String> over = owner.post(
                "/outlet/orders",
                Map.of(
                        "idempotencyKey",
                        UUID.randomUUID().toString(),
                        "payment",
                        "NET_TERMS",
                        "qty." + world.scarfId(),
                        "48"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, over.getStatus());
        assertTrue(body(over).contains("เกินวงเงินเครดิตคงเหลือ 12,854.70 บาท"), body(over));
        assertEquals(1, purchaseOrders.list(member).size());
    }

    @Test
    @Order(5)
    void theOutletReceivesOneLinePartlyWithDamage() {
        PurchaseOrder po = purchaseOrders.find(member, firstOrder);
        for (SupplierOrder so : po.supplierOrders()) {
            purchaseOrders.ship(so.producerId(), so.publicId(), Carrier.THAILAND_POST, "EY123456789TH");
        }
        SupplierOrder silk = po.supplierOrders().stream()
                .filter(s -> s.producerId().equals(world.silk()))
                .findFirst()
                .orElseThrow();
        long line = silk.lines().get(0).id();
        String path = "/outlet/orders/" + firstOrder + "/receive/" + silk.publicId();
        HttpResponse<String> noNote = owner.post(path, Map.of("good." + line, "10", "damaged." + line, "2"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noNote.getStatus());
        assertTrue(body(noNote).contains("ได้รับไม่ครบหรือชำรุด กรุณาระบุรายละเอียด"), body(noNote));
        assertTrue(body(noNote).contains("value=\"10\""), "the counts typed are kept");

        HttpResponse<String> received = owner.post(
                path,
                Map.of(
                        "good." + line,
                        "10",
                        "damaged." + line,
                        "2",
                        "note." + line,
                        "กล่องเปียกน้ำ ผ้า 2 ผืนเป็นคราบ"));
        assertEquals(HttpStatus.SEE_OTHER, received.getStatus(), body(received));
        String detail = owner.page("/outlet/orders/" + firstOrder);
        assertTrue(detail.contains("ได้รับสภาพดี 10 ชำรุด 2 ขาด 0"), detail);
        assertTrue(detail.contains("กล่องเปียกน้ำ"));
        for (SupplierOrder so : po.supplierOrders()) {
            if (!so.publicId().equals(silk.publicId())) {
                var l = so.lines().get(0);
                owner.post(
                        "/outlet/orders/" + firstOrder + "/receive/" + so.publicId(),
                        Map.of("good." + l.id(), String.valueOf(l.quantity()), "damaged." + l.id(), "0"));
            }
        }
        assertTrue(purchaseOrders.find(member, firstOrder).isFullyReceived());
        Map<Boolean, Long> invitedByReturning =
                surveys
                        .bySegment(
                                Instant.now().minus(Duration.ofHours(1)),
                                Instant.now().plus(Duration.ofHours(1)))
                        .stream()
                        .filter(row -> row.segment() == Segment.OUTLET)
                        .collect(Collectors.toMap(Satisfaction::returning, Satisfaction::invited));
        assertEquals(
                Map.of(false, 1L, true, (long) po.supplierOrders().size() - 1),
                invitedByReturning,
                "the outlet's first receipt is a new customer's, the later ones a returning customer's");
        String complaints = owner.page("/outlet/complaints");
        assertTrue(complaints.contains(silk.publicId()), complaints);
        assertTrue(complaints.contains("ordered 12, good 10, damaged 2, missing 0"), complaints);
    }

    @Test
    @Order(6)
    void theDocumentsAreThaiPdfsWithBuddhistEraDates() throws Exception {
        HttpResponse<byte[]> po = owner.bytes("/outlet/orders/" + firstOrder + "/purchase-order.pdf");
        assertEquals(HttpStatus.OK, po.getStatus());
        assertEquals("application/pdf", po.getContentType().orElseThrow().getName());
        String text = pdfText(po.body());
        assertTrue(text.contains("ใบสั่งซื้อ") && text.contains(firstOrder), text);
        assertTrue(text.contains("พ.ศ. 25"), text);
        assertTrue(text.contains("ร้านประชารัฐสุขใจ สุรินทร์"), text);
        assertTrue(text.contains("เครดิต 30 วัน"), text);
        String invoice = pdfText(
                owner.bytes("/outlet/orders/" + firstOrder + "/invoice.pdf").body());
        assertTrue(invoice.contains("ใบแจ้งหนี้") && invoice.contains("7,145.30"), invoice);
        assertTrue(invoice.contains("เจ็ดพันหนึ่งร้อยสี่สิบห้าบาทสามสิบสตางค์"), invoice);

        String number = purchaseOrders.find(member, firstOrder).invoice().number();
        assertTrue(number.matches("INV-25\\d{2}-\\d{6}"), number);
        assertTrue(invoice.contains("เลขที่ " + number), "the invoice's own number: " + invoice);
        assertFalse(invoice.contains("เลขที่ " + firstOrder), "not the purchase order's");
        assertTrue(invoice.contains(firstOrder), "which it refers to");
        assertTrue(owner.page("/outlet/orders/" + firstOrder).contains(number));
        assertTrue(body(owner.getJson("/api/v1/wholesale/purchase-orders/" + firstOrder))
                .contains("\"number\":\"" + number + "\""));
    }

    @Test
    @Order(7)
    void suggestionsAndOneClickReorder() {
        String suggestions = owner.page("/outlet/reorder");
        assertTrue(suggestions.contains("แนะนำ 12 หน่วยละ 320 บาท"), suggestions);
        assertTrue(suggestions.contains("แนะนำ 24"), suggestions);
        HttpResponse<String> again = owner.post(
                "/outlet/orders/" + firstOrder + "/reorder",
                Map.of("idempotencyKey", UUID.randomUUID().toString(), "payment", "NET_TERMS"));
        assertEquals(HttpStatus.SEE_OTHER, again.getStatus(), body(again));
        assertTrue(again.header(HttpHeaders.LOCATION).endsWith("?reordered=1"));
        assertEquals(2 * 714_530, credit.status(member.outletId()).usedSatang());
        HttpResponse<String> overLimit = owner.post(
                "/outlet/orders/" + firstOrder + "/reorder",
                Map.of("idempotencyKey", UUID.randomUUID().toString(), "payment", "NET_TERMS"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, overLimit.getStatus());
        assertTrue(body(overLimit).contains("เกินวงเงินเครดิตคงเหลือ 5,709.40 บาท"), body(overLimit));
    }

    @Test
    @Order(8)
    void theDashboardDrawsPurchasesAndCreditAsSvg() {
        String dashboard = owner.page("/outlet");
        assertTrue(dashboard.contains("<svg"), dashboard);
        assertTrue(dashboard.contains("ยอดซื้อทั้งหมด 14,290.60 บาท"), dashboard);
        assertTrue(dashboard.contains("ยอดซื้อตามผู้ผลิต") && dashboard.contains("ยอดซื้อตามจังหวัด"));
        assertTrue(dashboard.contains("เชียงใหม่") && dashboard.contains("สุรินทร์"));
        // silk 7,680.00 of 14,290.60 from sammachip producers = 54 %; paste and baskets ungraded = 46 %
        assertTrue(dashboard.contains(">54%<") && dashboard.contains(">46%<"), dashboard);
        assertTrue(dashboard.contains("คงเหลือ 5,709.40 บาท จากวงเงิน 20,000 บาท"));
        assertFalse(dashboard.contains("style="), "no inline styles under the CSP");
        assertFalse(dashboard.contains("<script>"), "no inline scripts under the CSP");
    }

    @Test
    @Order(9)
    void theJsonApiListsTheCatalogueAndPlacesOrders() {
        HttpResponse<String> catalogue = owner.getJson("/api/v1/wholesale/catalogue?netTerms=1");
        assertEquals(HttpStatus.OK, catalogue.getStatus());
        assertTrue(body(catalogue).contains("\"product\":\"" + world.scarfId() + "\""), body(catalogue));
        assertTrue(body(catalogue).contains("\"unitPriceSatang\":32000"));
        assertFalse(body(catalogue).contains("\"productId\""), "internal ids stay inside");
        HttpResponse<String> order = owner.getJson("/api/v1/wholesale/purchase-orders/" + firstOrder);
        assertTrue(body(order).contains("\"itemsSatang\":714530"), body(order));
        assertTrue(owner.getJson("/api/v1/wholesale/credit")
                .getBody(String.class)
                .orElse("")
                .contains("\"availableSatang\":570940"));

        HttpResponse<String> refused = owner.postJson(
                "/api/v1/wholesale/purchase-orders",
                Map.of(
                        "idempotencyKey", UUID.randomUUID().toString(),
                        "payment", "PREPAID",
                        "lines", List.of(Map.of("product", world.pasteId(), "quantity", 12))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus(), body(refused));
        assertTrue(body(refused).contains("minimum order of 24 units"), body(refused));
        HttpResponse<String> placed = owner.postJson(
                "/api/v1/wholesale/purchase-orders",
                Map.of(
                        "idempotencyKey", UUID.randomUUID().toString(),
                        "payment", "PREPAID",
                        "lines", List.of(Map.of("product", world.pasteId(), "quantity", 24))));
        assertEquals(HttpStatus.CREATED, placed.getStatus(), body(placed));
        assertTrue(body(placed).contains("\"status\":\"AWAITING_PAYMENT\""), body(placed));
        String prepaid = body(placed).replaceAll(".*\"purchaseOrder\":\"([^\"]+)\".*", "$1");
        String page = owner.page("/outlet/orders/" + prepaid);
        assertTrue(page.contains("class=\"qr\" src=\"data:image/png;base64,"), page);
        assertTrue(page.contains("ชำระเงินให้ผู้ผลิตแต่ละรายโดยสแกนคิวอาร์พร้อมเพย์"), "how to pay");
        assertFalse(page.contains("/invoice.pdf"), "a prepaid order is not invoiced");
        assertEquals(
                HttpStatus.NOT_FOUND,
                owner.bytes("/outlet/orders/" + prepaid + "/invoice.pdf").getStatus());
        var codes = purchaseOrders.paymentCodes(member, prepaid);
        assertEquals(1, codes.size());
        assertEquals(
                purchaseOrders.find(member, prepaid).supplierOrders().get(0).itemsSatang(),
                codes.get(0).amountSatang());
    }

    @Test
    @Order(10)
    void aConsumerGets403OnEveryOutletRoute() {
        assertEquals(HttpStatus.OK, consumer.get("/outlet/signup").getStatus(), "a consumer may sign an outlet up");
        for (String path : List.of(
                "/outlet",
                "/outlet/catalogue",
                "/outlet/orders",
                "/outlet/orders/new",
                "/outlet/orders/" + firstOrder,
                "/outlet/orders/" + firstOrder + "/purchase-order.pdf",
                "/outlet/orders/" + firstOrder + "/invoice.pdf",
                "/outlet/reorder")) {
            assertEquals(HttpStatus.FORBIDDEN, consumer.get(path).getStatus(), path);
        }
        for (String path : List.of(
                "/api/v1/wholesale/catalogue",
                "/api/v1/wholesale/purchase-orders",
                "/api/v1/wholesale/credit",
                "/api/v1/wholesale/purchase-orders/" + firstOrder)) {
            HttpResponse<String> response = consumer.getJson(path);
            assertEquals(HttpStatus.FORBIDDEN, response.getStatus(), path);
            assertFalse(body(response).contains("32000"), "no wholesale price leaks");
        }
        assertEquals(
                HttpStatus.FORBIDDEN,
                consumer.post("/outlet/orders", Map.of("payment", "PREPAID")).getStatus());
        assertEquals(
                HttpStatus.FORBIDDEN,
                consumer.post("/outlet/orders/" + firstOrder + "/reorder", Map.of("payment", "PREPAID"))
                        .getStatus());
        assertEquals(
                HttpStatus.UNAUTHORIZED,
                new OutletSession(client).getJson("/api/v1/wholesale/catalogue").getStatus());
    }

    @Test
    @Order(12)
    void anOutletWithoutCreditIsNeverToldToPayWithinZeroDays() {
        String form = "/outlet/orders/new?draft=" + world.pasteId() + ":24";
        for (String language : List.of("th", "en")) {
            otherOutlet.language(language);
            for (String path : List.of("/outlet", form)) {
                String page = otherOutlet.page(path);
                assertTrue(page.contains("lang=\"" + language + "\""), language + " " + path);
                assertFalse(page.matches("(?s).*(ภายใน 0 วัน|within 0 days).*"), language + " " + path + ": " + page);
                assertTrue(
                        page.contains(language.equals("th") ? "ยังไม่มีวงเงินเครดิต" : "No credit line"),
                        language + " " + path + ": " + page);
            }
            String order = otherOutlet.page(form);
            assertTrue(
                    order.contains(
                            language.equals("th")
                                    ? "เครดิต: ใช้ได้เมื่อกองทุนชุมชนให้วงเงินเครดิตแล้ว"
                                    : "Net terms: not available until a community fund extends a credit line"),
                    order);
            assertTrue(order.matches("(?s).*id=\"pay-net\"[^>]*disabled.*"), "credit cannot be chosen");
        }
        otherOutlet.language("th");
        String none = body(otherOutlet.getJson("/api/v1/wholesale/credit"));
        assertTrue(none.contains("\"exists\":false"), none);
        assertFalse(none.matches("(?s).*\"netDays\":\\s*0.*"), none);
        String offered = body(owner.getJson("/api/v1/wholesale/credit"));
        assertTrue(offered.contains("\"netDays\":30"), offered);
    }

    @Test
    @Order(11)
    void anotherOutletGets404ForTheseOrders() {
        assertEquals(HttpStatus.OK, otherOutlet.get("/outlet/catalogue").getStatus());
        for (String path : List.of(
                "/outlet/orders/" + firstOrder,
                "/outlet/orders/" + firstOrder + "/purchase-order.pdf",
                "/outlet/orders/" + firstOrder + "/invoice.pdf",
                "/outlet/orders/NOSUCHORDER")) {
            assertEquals(HttpStatus.NOT_FOUND, otherOutlet.get(path).getStatus(), path);
        }
        assertEquals(
                HttpStatus.NOT_FOUND,
                otherOutlet
                        .getJson("/api/v1/wholesale/purchase-orders/" + firstOrder)
                        .getStatus());
        assertFalse(
                body(otherOutlet.getJson("/api/v1/wholesale/purchase-orders")).contains(firstOrder));
        assertEquals(
                HttpStatus.NOT_FOUND,
                otherOutlet
                        .post("/outlet/orders/" + firstOrder + "/reorder", Map.of("payment", "PREPAID"))
                        .getStatus());
        String so =
                purchaseOrders.find(member, firstOrder).supplierOrders().get(0).publicId();
        assertEquals(
                HttpStatus.NOT_FOUND,
                otherOutlet
                        .post("/outlet/orders/" + firstOrder + "/receive/" + so, Map.of())
                        .getStatus());
        assertFalse(otherOutlet.page("/outlet/orders").contains(firstOrder));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    @Order(12)
    void theReceivingComplaintHasAThreadEveryMemberAnswersAndTheReceiptASurvey() {
        Party party = Party.outlet(member);
        Complaint received = complaints.visibleTo(party).stream()
                .filter(c ->
                        c.producerId() != null && c.producerId() == world.silk().value())
                .findFirst()
                .orElseThrow();
        String path = "/outlet/complaints/" + received.publicId();
        assertTrue(owner.page("/outlet/complaints").contains("href=\"" + path + "\""), "the list links the thread");
        String thread = owner.page(path);
        assertTrue(thread.contains("ordered 12, good 10, damaged 2, missing 0"), thread);
        assertTrue(thread.contains("class=\"first-reply-due\""), "its target");

        Party producer = new Party(Long.MAX_VALUE, Role.PRODUCER, world.silk());
        complaints.reply(producer, received.publicId(), "จะส่งผ้าทดแทน 2 ผืนค่ะ", null);
        assertEquals(
                HttpStatus.SEE_OTHER,
                owner.upload(path + "/reply", Map.of("body", "ขอบคุณค่ะ")).getStatus());
        assertTrue(owner.page(path).contains("ขอบคุณค่ะ"));
        complaints.resolve(producer, received.publicId());
        assertEquals(
                HttpStatus.SEE_OTHER,
                owner.post(path + "/close", Map.of("satisfaction", "4")).getStatus());
        assertTrue(owner.page(path).contains("ปิดเรื่องแล้ว"));
        assertEquals(HttpStatus.NOT_FOUND, otherOutlet.get(path).getStatus(), "another outlet gets 404");

        SupplierOrder silk = purchaseOrders.find(member, firstOrder).supplierOrders().stream()
                .filter(s -> s.producerId().equals(world.silk()))
                .findFirst()
                .orElseThrow();
        String detail = owner.page("/outlet/orders/" + firstOrder);
        String newComplaint = "/outlet/complaints/new?order=" + firstOrder + "&supplier=" + silk.publicId();
        assertTrue(detail.contains(newComplaint.replace("&", "&amp;")), detail);
        assertTrue(owner.page(newComplaint).contains(silk.publicId()));
        HttpResponse<String> opened = owner.upload(
                "/outlet/complaints/new",
                Map.of(
                        "order",
                        firstOrder,
                        "supplier",
                        silk.publicId(),
                        "category",
                        "NOT_AS_DESCRIBED",
                        "body",
                        "สีผ้าไม่ตรงกับรูป"));
        assertEquals(HttpStatus.SEE_OTHER, opened.getStatus(), body(opened));
        String openedPath = opened.header(HttpHeaders.LOCATION);
        assertTrue(owner.page(openedPath).contains("สีผ้าไม่ตรงกับรูป"));
        assertEquals(
                HttpStatus.SEE_OTHER,
                owner.upload(openedPath + "/reply", Map.of("body", "แนบรายละเอียดเพิ่ม: ผ้าสีแดงแต่ได้สีส้ม"))
                        .getStatus());
        String followedUp = owner.page(openedPath);
        assertTrue(followedUp.contains(">เปิดเรื่อง<"), "the outlet's own follow-up is no answer: " + followedUp);
        assertEquals(
                ComplaintStatus.OPEN,
                complaints
                        .find(party, openedPath.substring(openedPath.lastIndexOf('/') + 1))
                        .status());
        assertEquals(
                HttpStatus.NOT_FOUND,
                otherOutlet.get(newComplaint).getStatus(),
                "another outlet cannot complain about this order");

        Matcher survey = Pattern.compile("href=\"(/surveys/[0-9a-z]+)\"").matcher(detail);
        assertTrue(survey.find(), "receiving invited the outlet to a survey: " + detail);
        assertTrue(owner.page(survey.group(1)).contains("คำสั่งซื้อจากผู้ผลิตนี้"));
        assertEquals(
                HttpStatus.SEE_OTHER,
                owner.post(survey.group(1), Map.of("score", "5")).getStatus());
        HttpResponse<String> again = owner.post(survey.group(1), Map.of("score", "2"));
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertTrue(body(again).contains("แบบสอบถามนี้ตอบแล้ว"));
        assertEquals(HttpStatus.NOT_FOUND, otherOutlet.get(survey.group(1)).getStatus());
    }

    @Test
    @Order(13)
    void aLineTheFundClosedRefusesNetTermsSayingSoUntilItIsOpenedAgain() {
        credit.close(world.fund(), member.outletId());
        String form = owner.page("/outlet/orders/new?draft=" + world.pasteId() + ":24");
        assertTrue(form.contains("กองทุนชุมชนปิดวงเงินเครดิตของร้านแล้ว"), form);
        assertTrue(form.matches("(?s).*id=\"pay-net\"[^>]*disabled.*"), "credit cannot be chosen");
        int before = purchaseOrders.list(member).size();
        HttpResponse<String> refused = owner.post(
                "/outlet/orders",
                Map.of(
                        "idempotencyKey",
                        UUID.randomUUID().toString(),
                        "payment",
                        "NET_TERMS",
                        "qty." + world.pasteId(),
                        "24"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertTrue(body(refused).contains("กองทุนชุมชนปิดวงเงินเครดิตของร้านแล้ว"), body(refused));
        assertEquals(before, purchaseOrders.list(member).size(), "nothing placed");

        credit.extend(world.fund(), member.outletId(), 2_000_000, 30);
        assertTrue(credit.status(member.outletId()).offersCredit(), "the fund opened it again");
    }
}
