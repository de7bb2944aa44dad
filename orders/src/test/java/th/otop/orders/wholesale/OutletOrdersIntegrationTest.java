package th.otop.orders.wholesale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.orders.TestShop;

/**
 * What a producer needs to ship an outlet's order (the outlet, its address, whom to call), invoices numbered apart from
 * purchase orders, and credit lines that never offer "pay within 0 days".
 */
@MicronautTest(transactional = false)
class OutletOrdersIntegrationTest implements RealServices {
    static final int SURIN = 32;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    Community community;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    PurchaseOrders purchaseOrders;

    @Inject
    OutletOrders outletOrders;

    @Inject
    CreditLines credit;

    TestShop shop;
    long fund;
    ProducerId weavers;
    ProducerId other;
    ProductId scarf;

    @BeforeAll
    void world() {
        shop = new TestShop(context);
        fund = community.addFund(FundKind.FUND_CENTRE, "กองทุนหมู่บ้านท่าสว่าง", "Tha Sawang village fund", SURIN);
        weavers = shop.producer(false);
        other = shop.producer(false);
        scarf = shop.product(weavers, 45_000, 1_000);
        catalogue.set(weavers, new WholesaleTerms(scarf, 12, 6, true, List.of(new PriceTier(12, 32_000))));
    }

    @Test
    void theProducerSeesWhereToShipAndWhomToCall() {
        String phone = mobile();
        OutletMember buyer = outlet(phone, "สมหญิง ใจดี", "99 หมู่ 4 ต.ท่าสว่าง อ.เมืองสุรินทร์ 32000");
        PurchaseOrder po = purchaseOrders.place(
                new PurchaseRequest(buyer, key(), List.of(new PurchaseRequest.Line(scarf, 12)), PaymentTerms.PREPAID));
        SupplierOrder so = po.supplierOrders().get(0);

        OutletOrder listed = outletOrders.ofProducer(weavers).stream()
                .filter(o -> o.order().publicId().equals(so.publicId()))
                .findFirst()
                .orElseThrow();
        OutletOrder found = outletOrders.find(weavers, so.publicId());
        for (OutletOrder o : List.of(listed, found)) {
            ShipTo to = o.shipTo();
            assertEquals("ร้านประชารัฐสุขใจ ท่าสว่าง", to.outletNameTh());
            assertEquals("Sukjai Shop Tha Sawang", to.outletName(Locale.ENGLISH));
            assertEquals("99 หมู่ 4 ต.ท่าสว่าง อ.เมืองสุรินทร์ 32000", to.address());
            assertEquals("สุรินทร์", to.province().nameTh());
            assertEquals("สมหญิง ใจดี", to.contactName());
            assertEquals(phone, to.phone());
            assertNull(to.email(), "signed up with a phone number");
            assertEquals(po.publicId(), o.purchaseOrderPublicId());
            assertEquals(PaymentTerms.PREPAID, o.payment());
            assertNull(o.invoiceNumber(), "a prepaid order is not invoiced");
            assertEquals(12, o.order().lines().get(0).quantity());
        }
        assertThrows(PurchaseOrderNotFoundException.class, () -> outletOrders.find(other, so.publicId()));
        assertTrue(outletOrders.ofProducer(other).isEmpty(), "another producer sees none of it");
    }

    @Test
    void invoicesHaveTheirOwnRunningNumbersOfTheYear() {
        OutletMember buyer = outlet(mobile(), "สมชาย", "1 ถนนหลักเมือง ต.ในเมือง อ.เมืองสุรินทร์ 32000");
        credit.extend(fund, buyer.outletId(), 10_000_000, 30);
        PurchaseOrder first = purchaseOrders.place(new PurchaseRequest(
                buyer, key(), List.of(new PurchaseRequest.Line(scarf, 12)), PaymentTerms.NET_TERMS));
        PurchaseOrder second = purchaseOrders.place(new PurchaseRequest(
                buyer, key(), List.of(new PurchaseRequest.Line(scarf, 18)), PaymentTerms.NET_TERMS));

        String year = String.valueOf(LocalDate.now(CreditLines.BANGKOK).getYear() + 543);
        String a = first.invoice().number();
        String b = second.invoice().number();
        assertTrue(a.matches("INV-" + year + "-\\d{6}"), a);
        assertNotEquals(first.publicId(), a, "not the purchase order's number");
        assertNotEquals(first.invoice().publicId(), a);
        assertEquals(
                Integer.parseInt(a.substring(a.length() - 6)) + 1,
                Integer.parseInt(b.substring(b.length() - 6)),
                "the next invoice takes the next number");
        assertEquals(a, purchaseOrders.find(buyer, first.publicId()).invoice().number(), "stored, not recomputed");
        assertEquals(
                List.of(b, a),
                credit.invoicesOfOutlet(buyer.outletId()).stream()
                        .map(Invoice::number)
                        .toList());

        OutletOrder forProducer =
                outletOrders.find(weavers, first.supplierOrders().get(0).publicId());
        assertEquals(a, forProducer.invoiceNumber(), "the producer sees which invoice the outlet was issued");
        assertEquals(PaymentTerms.NET_TERMS, forProducer.payment());
    }

    @Test
    void aFailedOrderUsesNoInvoiceNumber() {
        OutletMember buyer = outlet(mobile(), "สมศรี", "2 ถนนหลักเมือง ต.ในเมือง อ.เมืองสุรินทร์ 32000");
        credit.extend(fund, buyer.outletId(), 1_000_000, 15);
        String before = purchaseOrders
                .place(new PurchaseRequest(
                        buyer, key(), List.of(new PurchaseRequest.Line(scarf, 12)), PaymentTerms.NET_TERMS))
                .invoice()
                .number();
        assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.place(new PurchaseRequest(
                        buyer, key(), List.of(new PurchaseRequest.Line(scarf, 600)), PaymentTerms.NET_TERMS)),
                "over the credit limit");
        credit.extend(fund, buyer.outletId(), 10_000_000, 15);
        String after = purchaseOrders
                .place(new PurchaseRequest(
                        buyer, key(), List.of(new PurchaseRequest.Line(scarf, 12)), PaymentTerms.NET_TERMS))
                .invoice()
                .number();
        assertEquals(
                Integer.parseInt(before.substring(before.length() - 6)) + 1,
                Integer.parseInt(after.substring(after.length() - 6)),
                "a refused order takes no number, so the next one follows without a gap: " + before + ", " + after);
    }

    @Test
    void creditIsOfferedOnlyWithAPositiveNumberOfDays() {
        OutletMember buyer = outlet(mobile(), "สมปอง", "3 ถนนหลักเมือง ต.ในเมือง อ.เมืองสุรินทร์ 32000");
        CreditStatus none = credit.status(buyer.outletId());
        assertFalse(none.offersCredit(), "no credit line yet");

        var zero = assertThrows(InvalidInputException.class, () -> credit.extend(fund, buyer.outletId(), 1_000_000, 0));
        FieldError error = zero.errors().get(0);
        assertEquals("netDays", error.field());
        assertEquals("ต้องให้เวลาชำระเงินอย่างน้อย 1 วัน จึงจะให้เครดิตได้", error.messageTh());
        assertEquals("Credit needs at least 1 day to pay", error.messageEn());
        assertFalse(credit.status(buyer.outletId()).exists(), "nothing saved");

        CreditStatus offered = credit.extend(fund, buyer.outletId(), 1_000_000, 7);
        assertTrue(offered.offersCredit());
        assertEquals(7, offered.netDays());
    }

    private OutletMember outlet(String phone, String name, String address) {
        Account owner = accounts.register(new SignUp(phone, "password123", name, Role.CONSUMER, false));
        Outlet outlet = outlets.signUp(
                owner.id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ ท่าสว่าง",
                        "Sukjai Shop Tha Sawang",
                        SURIN,
                        address,
                        "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                        fund));
        outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
        return members.of(owner.id()).orElseThrow();
    }

    private static String mobile() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
