package th.otop.sellerportal.wholesale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.orders.order.Carrier;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrderStatus;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.PurchaseRequest;
import th.otop.orders.wholesale.Receipt;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.orders.wholesale.SupplierOrderStatus;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Outlet orders in the producer's portal: where to ship and whom to call, on the list, the order's page and its packing
 * slip, in Thai and English; the producer confirms a prepaid order's PromptPay transfer, ships, and sees the outlet's
 * damage report in its complaints; another producer gets 404 and sees nothing.
 */
@MicronautTest(transactional = false)
class SupplierOrdersIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    Accounts accounts;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    PurchaseOrders purchaseOrders;

    @Inject
    Community community;

    @Inject
    CreditLines credit;

    @Test
    void theProducerSeesWhereToShipAndPrintsAPackingSlipInThaiAndEnglish() {
        PortalSession shop = PortalSession.newProducer(client, "so-ship@example.com", "กลุ่มทอผ้าส่งไกล");
        PortalSession other = PortalSession.newProducer(client, "so-ship-other@example.com", "ร้านข้างเคียง");
        Buyers buyers = new Buyers(context);
        ProducerId producer = buyers.producerOf("so-ship@example.com");
        buyers.verify(producer);
        Product scarf = buyers.publish(producer, shop.newListing("ผ้าขาวม้าทอมือ", "250", "100"));
        catalogue.set(producer, new WholesaleTerms(scarf.id(), 12, 6, true, List.of(new PriceTier(12, 18_000))));
        long fund = community.addFund(FundKind.FUND_CENTRE, "กองทุนหมู่บ้านท่าสว่าง", "Tha Sawang fund", 32);
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Account owner = accounts.register(new SignUp(phone, "password123", "สมหญิง ใจดี", Role.CONSUMER, false));
        var outlet = outlets.signUp(
                owner.id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ ท่าสว่าง",
                        "Sukjai Shop Tha Sawang",
                        32,
                        "99 หมู่ 4 ต.ท่าสว่าง อ.เมืองสุรินทร์ 32000",
                        "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                        fund));
        outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
        credit.extend(fund, outlet.id(), 1_000_000, 30);
        OutletMember member = members.of(owner.id()).orElseThrow();
        PurchaseOrder po = purchaseOrders.place(new PurchaseRequest(
                member,
                UUID.randomUUID().toString(),
                List.of(new PurchaseRequest.Line(scarf.id(), 12)),
                PaymentTerms.NET_TERMS));
        String so = po.supplierOrders().get(0).publicId();
        String invoice = po.invoice().number();
        String detailPath = "/wholesale-orders/" + so;

        for (String language : List.of("th", "en")) {
            boolean thai = language.equals("th");
            shop.setCookie("lang", language);
            String outletName = thai ? "ร้านประชารัฐสุขใจ ท่าสว่าง" : "Sukjai Shop Tha Sawang";
            String province = thai ? "สุรินทร์" : "Surin";
            for (String path : List.of("/wholesale-orders", detailPath, detailPath + "/slip")) {
                HttpResponse<String> response = shop.get(path);
                String page = PortalSession.body(response);
                assertEquals(200, response.getStatus().getCode(), language + " " + path);
                assertTrue(page.contains("lang=\"" + language + "\""), language + " " + path);
                assertFalse(page.contains("??"), language + " " + path + " has a missing text:\n" + page);
                assertTrue(page.contains(outletName), language + " " + path + ": " + page);
                assertTrue(page.contains("99 หมู่ 4 ต.ท่าสว่าง อ.เมืองสุรินทร์ 32000"), language + " " + path);
                assertTrue(page.contains(">" + province + "<"), language + " " + path + ": " + page);
                assertTrue(page.contains("สมหญิง ใจดี"), "whom to call: " + language + " " + path);
                assertTrue(page.contains(phone), "their phone: " + language + " " + path);
            }
            String list = PortalSession.body(shop.get("/wholesale-orders"));
            assertTrue(list.contains("href=\"tel:" + phone + "\""), "one tap to call from a phone");
            assertTrue(list.contains("href=\"" + detailPath + "\""), list);
            String detail = PortalSession.body(shop.get(detailPath));
            assertTrue(detail.contains((thai ? "ผู้ติดต่อ: " : "Contact: ") + "สมหญิง ใจดี"), detail);
            assertTrue(detail.contains((thai ? "ใบแจ้งหนี้ " : "Invoice ") + invoice), detail);
            assertTrue(detail.contains(po.publicId()), "the outlet's purchase order " + po.publicId() + ": " + detail);
            assertTrue(detail.contains("12 ผืน") || detail.contains("12 ชิ้น"), detail);
            assertTrue(detail.contains("href=\"" + detailPath + "/slip\""), detail);
            assertTrue(detail.contains("name=\"trackingNumber\""), "ship from the order's page");
            String slip = PortalSession.body(shop.get(detailPath + "/slip"));
            assertTrue(slip.contains((thai ? "โทร " : "Tel. ") + phone), slip);
            assertTrue(slip.contains((thai ? "ผู้ติดต่อ " : "Attn. ") + "สมหญิง ใจดี"), slip);
            assertTrue(slip.contains("ผ้าขาวม้าทอมือ"), "the items to pack");
            assertTrue(slip.contains("กลุ่มทอผ้าส่งไกล"), "the sender");
            assertFalse(slip.contains("฿2,160.00"), "no prices on the slip");
        }

        assertFalse(PortalSession.body(other.get("/wholesale-orders")).contains("ท่าสว่าง"));
        assertEquals(404, other.get(detailPath).getStatus().getCode());
        assertEquals(404, other.get(detailPath + "/slip").getStatus().getCode());
    }

    @Test
    void theProducerConfirmsThePromptPayTransferShipsAndSeesTheDamageReport() {
        PortalSession shop = PortalSession.newProducer(client, "so-weavers@example.com", "กลุ่มทอผ้าขายส่ง");
        PortalSession other = PortalSession.newProducer(client, "so-other@example.com", "ร้านอื่น");
        Buyers buyers = new Buyers(context);
        ProducerId producer = buyers.producerOf("so-weavers@example.com");
        buyers.verify(producer);
        Product scarf = buyers.publish(producer, shop.newListing("ผ้าพันคอไหม", "450", "100"));
        catalogue.set(producer, new WholesaleTerms(scarf.id(), 12, 6, false, List.of(new PriceTier(12, 32_000))));

        Account owner = accounts.register(new SignUp(
                "outlet-" + UUID.randomUUID() + "@sukjai.example", "password123", "ร้านสุขใจ", Role.CONSUMER, false));
        var outlet = outlets.signUp(
                owner.id(), new OutletApplication("ร้านประชารัฐสุขใจ", null, 32, "สุรินทร์", "บริษัทประชารัฐ", null));
        outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
        OutletMember member = members.of(owner.id()).orElseThrow();
        PurchaseOrder po = purchaseOrders.place(new PurchaseRequest(
                member,
                UUID.randomUUID().toString(),
                List.of(new PurchaseRequest.Line(scarf.id(), 12)),
                PaymentTerms.PREPAID));
        SupplierOrder so = po.supplierOrders().get(0);

        String list = PortalSession.body(shop.get("/wholesale-orders"));
        assertTrue(list.contains(so.publicId()), list);
        assertTrue(list.contains("฿3,840.00"), "the amount the outlet transfers");
        assertFalse(PortalSession.body(other.get("/wholesale-orders")).contains(so.publicId()));
        assertEquals(
                404,
                other.post("/wholesale-orders/" + so.publicId() + "/payment-received", Map.of())
                        .getStatus()
                        .getCode());

        assertEquals(
                303,
                shop.post("/wholesale-orders/" + so.publicId() + "/payment-received", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(
                PurchaseOrderStatus.CONFIRMED,
                purchaseOrders.find(member, po.publicId()).status());
        var again = shop.post("/wholesale-orders/" + so.publicId() + "/payment-received", Map.of());
        assertEquals(422, again.getStatus().getCode());
        assertTrue(PortalSession.body(again).contains("ไม่ได้รอการชำระเงิน"), PortalSession.body(again));

        var badTracking = shop.post(
                "/wholesale-orders/" + so.publicId() + "/ship", Map.of("carrier", "KERRY", "trackingNumber", "x"));
        assertEquals(422, badTracking.getStatus().getCode());
        assertTrue(PortalSession.body(badTracking).contains("value=\"x\""), "what was typed stays");
        assertEquals(
                303,
                shop.post(
                                "/wholesale-orders/" + so.publicId() + "/ship",
                                Map.of("carrier", Carrier.KERRY.name(), "trackingNumber", "KER1234567"))
                        .getStatus()
                        .getCode());

        long line = so.lines().get(0).id();
        assertEquals(
                SupplierOrderStatus.RECEIVED,
                purchaseOrders
                        .receive(member, so.publicId(), List.of(new Receipt(line, 11, 1, "ผ้า 1 ผืนขาด")))
                        .status());
        String complaints = PortalSession.body(shop.get("/complaints"));
        assertTrue(complaints.contains(so.publicId()), complaints);
        assertTrue(complaints.contains("ordered 12, good 11, damaged 1, missing 0"), complaints);
        assertTrue(complaints.contains("ผ้า 1 ผืนขาด"));
        assertFalse(PortalSession.body(other.get("/complaints")).contains(so.publicId()));
    }
}
