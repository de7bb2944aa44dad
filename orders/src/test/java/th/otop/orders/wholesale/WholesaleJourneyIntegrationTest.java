package th.otop.orders.wholesale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.orders.TestShop;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintNotFoundException;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.ledger.FundContributions;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Orders;
import th.otop.orders.order.Refund;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.promptpay.PromptPayId;
import th.otop.orders.payment.promptpay.PromptPayPayload;

/**
 * The issue's journey: an outlet signs up and is verified, orders from three producers with one line under the minimum
 * (refused, then fixed), pays on net terms within its fund's credit line, is refused a second order over the limit with
 * the remaining limit shown, the producers ship, it receives one line partly and reports damage, reorders; the fund's
 * contributions and the credit line are exact to the satang, and another outlet never sees the orders.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholesaleJourneyIntegrationTest implements RealServices {
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
    CreditLines credit;

    @Inject
    OutletOrders outletOrders;

    @Inject
    FundContributions contributions;

    @Inject
    Ledger ledger;

    @Inject
    Orders orders;

    @Inject
    Complaints complaints;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    TestShop shop;
    long fund;
    ProducerId silk;
    ProducerId chilli;
    ProducerId baskets;
    ProductId scarf;
    ProductId paste;
    ProductId basket;
    OutletMember buyer;
    OutletMember stranger;
    PurchaseOrder first;

    @BeforeAll
    void world() {
        shop = new TestShop(context);
        fund = community.addFund(
                FundKind.FUND_CENTRE, "ศูนย์จัดการกองทุนชุมชนตำบลสลักได", "Salakdai fund centre", SURIN);
        silk = shop.producer(false);
        chilli = shop.producer(false);
        baskets = shop.producer(false);
        community.linkFund(silk, fund, FundRelation.FINANCED_BY, true);
        community.linkFund(baskets, fund, FundRelation.MEMBER, true);
        // declared but not confirmed by an officer: no money goes to the fund
        community.linkFund(chilli, fund, FundRelation.MEMBER, false);
        scarf = shop.product(silk, 45_000, 200, 400, Category.CLOTH);
        paste = shop.product(chilli, 8_900, 500, 200, Category.FOOD);
        basket = shop.product(baskets, 25_000, 100, 300, Category.HOUSEHOLD);
        catalogue.set(
                silk,
                new WholesaleTerms(scarf, 12, 6, true, List.of(new PriceTier(12, 32_000), new PriceTier(48, 29_500))));
        catalogue.set(
                chilli,
                new WholesaleTerms(paste, 24, 12, true, List.of(new PriceTier(24, 6_550), new PriceTier(120, 5_990))));
        catalogue.set(baskets, new WholesaleTerms(basket, 10, 5, true, List.of(new PriceTier(10, 17_333))));
    }

    @Test
    @Order(1)
    void anOutletSignsUpAndMayOrderOnlyOnceVerified() {
        Account owner = accounts.register(
                new SignUp(unique() + "@sukjai.example", "password123", "สมชาย ร้านสุขใจ", Role.CONSUMER, false));
        var outlet = outlets.signUp(
                owner.id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ สุรินทร์",
                        "Sukjai Shop Surin",
                        SURIN,
                        "1 ถนนหลักเมือง อ.เมือง จ.สุรินทร์",
                        "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                        fund));
        assertEquals(OutletStatus.PENDING, outlet.status());
        buyer = members.of(owner.id()).orElseThrow();
        assertTrue(buyer.isOwner());

        var refused = assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.place(request(PaymentTerms.PREPAID, Map.of(scarf, 12))));
        assertTrue(refused.errors().get(0).messageEn().contains("not been verified"), refused.getMessage());

        outlets.decide(outlet.id(), OutletStatus.VERIFIED, "เอกสารครบ");
        // the fund backs this outlet: 20,000.00 baht, 30 days
        CreditStatus line = credit.extend(fund, outlet.id(), 2_000_000, 30);
        assertEquals(2_000_000, line.availableSatang());

        Account other = accounts.register(
                new SignUp(unique() + "@other.example", "password123", "ร้านอื่น", Role.CONSUMER, false));
        var otherOutlet = outlets.signUp(
                other.id(), new OutletApplication("ร้านสุขใจ บุรีรัมย์", null, 31, "บุรีรัมย์", "อบต.", null));
        outlets.decide(otherOutlet.id(), OutletStatus.VERIFIED, null);
        stranger = members.of(other.id()).orElseThrow();
    }

    @Test
    @Order(2)
    void aLineUnderTheMinimumIsRefusedThenFixedAndPaidOnNetTerms() {
        var under = assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.place(request(PaymentTerms.NET_TERMS, Map.of(scarf, 12, paste, 12, basket, 10))));
        assertEquals(1, under.errors().size());
        assertEquals("product." + paste.value(), under.errors().get(0).field());
        assertTrue(
                under.errors().get(0).messageTh().contains("สั่งขั้นต่ำ 24 ชิ้น"),
                under.errors().get(0).messageTh());
        assertTrue(under.errors().get(0).messageEn().contains("minimum order of 24 units"));
        var notCases = assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.place(request(PaymentTerms.NET_TERMS, Map.of(scarf, 14, paste, 24, basket, 10))));
        assertTrue(notCases.errors().get(0).messageEn().contains("cases of 6: try 12 / 18"), notCases.getMessage());
        assertEquals(200, shop.stockOf(scarf), "nothing reserved by refused orders");

        PurchaseRequest fixed = request(PaymentTerms.NET_TERMS, Map.of(scarf, 12, paste, 24, basket, 10));
        first = purchaseOrders.place(fixed);
        assertEquals(first.id(), purchaseOrders.place(fixed).id(), "a repeated request finds the first order");
        assertEquals(3, first.supplierOrders().size());
        assertEquals(PurchaseOrderStatus.CONFIRMED, first.status());
        // 12 x 320.00 + 24 x 65.50 + 10 x 173.33 = 3,840.00 + 1,572.00 + 1,733.30
        assertEquals(714_530, first.itemsSatang());
        assertEquals(714_530, first.invoice().amountSatang());
        assertEquals(first.invoice().issuedOn().plusDays(30), first.invoice().dueOn());
        assertTrue(first.supplierOrders().stream().allMatch(s -> s.status() == SupplierOrderStatus.CONFIRMED));
        assertEquals(188, shop.stockOf(scarf));
        assertEquals(476, shop.stockOf(paste));
        // 1 % to the fund from the two confirmed fund-linked producers: 38.40 and 17.333 -> 17.33
        assertEquals(3_840, supplierOrderOf(first, silk).contributionSatang());
        assertEquals(1_733, supplierOrderOf(first, baskets).contributionSatang());
        assertNull(supplierOrderOf(first, chilli).fundId());
        assertEquals(5_573, contributions.contributedTo(fund));
        CreditStatus status = credit.status(buyer.outletId());
        assertEquals(714_530, status.usedSatang());
        assertEquals(1_285_470, status.availableSatang());
        assertEquals(714_530, credit.receivableOf(buyer.outletId()));
        shop.assertLedgerBalances();
    }

    @Test
    @Order(3)
    void aSecondOrderOverTheLimitIsRefusedShowingWhatRemains() {
        var over = assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.place(request(PaymentTerms.NET_TERMS, Map.of(scarf, 48))));
        assertTrue(
                over.errors().get(0).messageTh().contains("เกินวงเงินเครดิตคงเหลือ 12,854.70 บาท"), over.getMessage());
        assertTrue(over.errors()
                .get(0)
                .messageEn()
                .contains("14,160.00 baht is over the remaining credit limit of 12,854.70 baht"));
        assertEquals(188, shop.stockOf(scarf));
        assertEquals(714_530, credit.status(buyer.outletId()).usedSatang());
    }

    @Test
    @Order(4)
    void anotherOutletNeverSeesTheOrders() {
        assertThrows(PurchaseOrderNotFoundException.class, () -> purchaseOrders.find(stranger, first.publicId()));
        assertTrue(purchaseOrders.list(stranger).isEmpty());
        String so = supplierOrderOf(first, silk).publicId();
        assertThrows(PurchaseOrderNotFoundException.class, () -> purchaseOrders.receive(stranger, so, List.of()));
        assertThrows(
                PurchaseOrderNotFoundException.class,
                () -> purchaseOrders.reorder(stranger, first.publicId(), key(), PaymentTerms.PREPAID));
        assertThrows(
                PurchaseOrderNotFoundException.class,
                () -> purchaseOrders.ship(chilli, so, Carrier.KERRY, "KER1234567"));
    }

    @Test
    @Order(5)
    void producersShipAndTheOutletReceivesOneLinePartlyWithDamage() {
        for (ProducerId p : List.of(silk, chilli, baskets)) {
            SupplierOrder so = outletOrders.ofProducer(p).get(0).order();
            assertEquals(
                    SupplierOrderStatus.SHIPPED,
                    purchaseOrders
                            .ship(p, so.publicId(), Carrier.THAILAND_POST, "EY123456789TH")
                            .status());
        }
        SupplierOrder silkOrder = supplierOrderOf(purchaseOrders.find(buyer, first.publicId()), silk);
        long line = silkOrder.lines().get(0).id();
        var noNote = assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.receive(buyer, silkOrder.publicId(), List.of(new Receipt(line, 10, 2, " "))));
        assertTrue(noNote.errors().get(0).messageEn().contains("short or damaged"));

        SupplierOrder received = purchaseOrders.receive(
                buyer, silkOrder.publicId(), List.of(new Receipt(line, 10, 2, "กล่องเปียกน้ำ ผ้า 2 ผืนเป็นคราบ")));
        assertEquals(SupplierOrderStatus.RECEIVED, received.status());
        assertEquals(10, received.lines().get(0).receivedQuantity());
        assertEquals(2, received.lines().get(0).damagedQuantity());
        assertEquals(0, received.lines().get(0).missingQuantity());
        assertTrue(received.hasIssue());
        assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.receive(buyer, silkOrder.publicId(), List.of(new Receipt(line, 12, 0, null))));

        SupplierOrder basketOrder = supplierOrderOf(purchaseOrders.find(buyer, first.publicId()), baskets);
        SupplierOrder partial = purchaseOrders.receive(
                buyer,
                basketOrder.publicId(),
                List.of(new Receipt(basketOrder.lines().get(0).id(), 5, 0, "มาไม่ครบ 5 ใบ")));
        assertEquals(5, partial.lines().get(0).missingQuantity());
        SupplierOrder pasteOrder = supplierOrderOf(purchaseOrders.find(buyer, first.publicId()), chilli);
        purchaseOrders.receive(
                buyer,
                pasteOrder.publicId(),
                List.of(new Receipt(pasteOrder.lines().get(0).id(), 24, 0, null)));
        assertTrue(purchaseOrders.find(buyer, first.publicId()).isFullyReceived());

        // each report with an issue opened exactly one complaint to its producer; a clean receipt opened none
        List<Complaint> ofOutlet = complaints.visibleTo(Party.outlet(buyer));
        assertEquals(2, ofOutlet.size(), String.valueOf(ofOutlet));
        Complaint damage = ofOutlet.stream()
                .filter(c -> silkOrder.publicId().equals(c.subjectRef()))
                .collect(onlyOne());
        assertEquals(ComplaintSubject.ORDER, damage.subject());
        assertEquals(ComplaintCategory.DAMAGED, damage.category());
        assertEquals(silk.value(), damage.producerId());
        assertEquals("PRODUCER", damage.handler());
        String message = damage.messages().get(0).body();
        assertTrue(message.contains("สั่ง 12 ได้รับสภาพดี 10 ชำรุด 2 ขาด 0"), message);
        assertTrue(message.contains("ordered 12, good 10, damaged 2, missing 0"), message);
        assertTrue(message.contains("กล่องเปียกน้ำ ผ้า 2 ผืนเป็นคราบ"), message);
        Complaint shortage = ofOutlet.stream()
                .filter(c -> basketOrder.publicId().equals(c.subjectRef()))
                .collect(onlyOne());
        assertEquals(ComplaintCategory.NOT_RECEIVED, shortage.category());
        assertTrue(shortage.messages().get(0).body().contains("missing 5"));

        Party silkOwner = new Party(9_501, Role.PRODUCER, silk);
        assertEquals(
                List.of(damage.publicId()),
                complaints.visibleTo(silkOwner).stream()
                        .map(Complaint::publicId)
                        .toList());
        assertTrue(complaints.visibleTo(new Party(9_502, Role.PRODUCER, chilli)).isEmpty());
        // another member of the same outlet sees it too; another outlet does not
        assertEquals(
                damage.publicId(),
                complaints
                        .find(
                                new Party(buyer.accountId() + 100_000, Role.OUTLET, null, buyer.outletId()),
                                damage.publicId())
                        .publicId());
        assertTrue(complaints.visibleTo(Party.outlet(stranger)).isEmpty());
        assertThrows(
                ComplaintNotFoundException.class, () -> complaints.find(Party.outlet(stranger), damage.publicId()));
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertEquals(1, list.size(), String.valueOf(list));
            return list.get(0);
        });
    }

    @Test
    @Order(6)
    void reorderingIsRepricedAndSuggestionsComeFromReceipts() {
        Map<ProductId, ReorderSuggestion> suggestions = purchaseOrders.suggestions(buyer).stream()
                .collect(Collectors.toMap(ReorderSuggestion::productId, Function.identity()));
        assertEquals(12, suggestions.get(scarf).suggestedQuantity());
        assertEquals(10, suggestions.get(basket).suggestedQuantity(), "5 received, rounded up to the minimum of 10");
        assertEquals(24, suggestions.get(paste).suggestedQuantity());

        // the chilli paste got cheaper since
        catalogue.set(chilli, new WholesaleTerms(paste, 24, 12, true, List.of(new PriceTier(24, 6_400))));
        PurchaseOrder again = purchaseOrders.reorder(buyer, first.publicId(), key(), PaymentTerms.NET_TERMS);
        assertEquals(first.id(), again.reorderOf());
        assertEquals(384_000 + 153_600 + 173_330, again.itemsSatang());
        assertEquals(714_530 + 710_930, credit.status(buyer.outletId()).usedSatang());
        assertEquals(5_573 + 5_573, contributions.contributedTo(fund));
    }

    @Test
    @Order(7)
    void repaymentFreesCreditAndOverdueInvoicesBlockNetTerms() {
        credit.repay(first.invoice().publicId(), 714_530, "TRF-2569-0001");
        CreditStatus status = credit.status(buyer.outletId());
        assertEquals(710_930, status.usedSatang());
        assertEquals(710_930, credit.receivableOf(buyer.outletId()));
        assertThrows(
                InvalidInputException.class, () -> credit.repay(first.invoice().publicId(), 1, "TRF-again"));

        transactions.executeWrite(s -> jdbc.prepareStatement(
                "UPDATE outlet_invoice SET due_on = DATE_SUB(issued_on, INTERVAL 1 DAY) WHERE outlet_id = ? AND repaid_satang = 0",
                ps -> {
                    ps.setLong(1, buyer.outletId());
                    return ps.executeUpdate();
                }));
        var overdue = assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.place(request(PaymentTerms.NET_TERMS, Map.of(scarf, 12))));
        assertTrue(overdue.errors().get(0).messageEn().contains("7,109.30 baht are overdue"), overdue.getMessage());

        PurchaseOrder prepaid = purchaseOrders.place(request(PaymentTerms.PREPAID, Map.of(scarf, 12, paste, 24)));
        assertEquals(PurchaseOrderStatus.AWAITING_PAYMENT, prepaid.status());

        // one PromptPay code per producer, to its PromptPay id, for exactly its supplier order's total
        var codes = purchaseOrders.paymentCodes(buyer, prepaid.publicId());
        assertEquals(2, codes.size());
        SupplierOrder silkPart = supplierOrderOf(prepaid, silk);
        SupplierOrder chilliPart = supplierOrderOf(prepaid, chilli);
        var silkCode = codes.stream()
                .filter(c -> c.orderPublicId().equals(silkPart.publicId()))
                .findFirst()
                .orElseThrow();
        assertEquals(384_000, silkPart.itemsSatang());
        assertEquals(silkPart.itemsSatang(), silkCode.amountSatang());
        assertEquals(
                PromptPayPayload.build(PromptPayId.parse(TestShop.PROMPTPAY_MOBILE), silkPart.itemsSatang()),
                silkCode.payload());
        assertTrue(silkCode.payload().contains("5407" + "3840.00"), silkCode.payload());
        assertTrue(silkCode.pngDataUri().startsWith("data:image/png;base64,"));
        assertThrows(
                PurchaseOrderNotFoundException.class, () -> purchaseOrders.paymentCodes(stranger, prepaid.publicId()));

        assertTrue(
                outletOrders.ofProducer(silk).stream()
                        .map(OutletOrder::order)
                        .anyMatch(s -> s.publicId().equals(silkPart.publicId())
                                && s.status() == SupplierOrderStatus.AWAITING_PAYMENT),
                "the producer sees the transfer it has to confirm");
        assertThrows(
                PurchaseOrderNotFoundException.class,
                () -> purchaseOrders.confirmPaymentReceived(chilli, silkPart.publicId()));
        assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.ship(silk, silkPart.publicId(), Carrier.KERRY, "KER1234567"),
                "no shipping before the money arrives");
        assertEquals(
                SupplierOrderStatus.CONFIRMED,
                purchaseOrders.confirmPaymentReceived(silk, silkPart.publicId()).status());
        assertThrows(
                InvalidInputException.class, () -> purchaseOrders.confirmPaymentReceived(silk, silkPart.publicId()));
        assertEquals(
                PurchaseOrderStatus.AWAITING_PAYMENT,
                purchaseOrders.find(buyer, prepaid.publicId()).status(),
                "one producer still waits");
        assertEquals(1, purchaseOrders.paymentCodes(buyer, prepaid.publicId()).size());
        assertThrows(
                InvalidInputException.class,
                () -> purchaseOrders.cancelUnpaid(buyer, prepaid.publicId()),
                "a producer was paid already");
        purchaseOrders.confirmPaymentReceived(chilli, chilliPart.publicId());
        PurchaseOrder paid = purchaseOrders.find(buyer, prepaid.publicId());
        assertEquals(PurchaseOrderStatus.CONFIRMED, paid.status());
        assertTrue(paid.paidAt() != null);
        assertTrue(purchaseOrders.paymentCodes(buyer, prepaid.publicId()).isEmpty());
        assertEquals(5_573 * 2 + 3_840, contributions.contributedTo(fund));
        shop.assertLedgerBalances();
    }

    @Test
    @Order(8)
    void aConsumerSaleOfAFundLinkedProducerCreditsTheFundToo() {
        long before = contributions.contributedTo(fund);
        long owedBefore = ledger.balanceOf(silk);
        Checkout checkout = shop.buy(scarf, 3, PaymentMethod.PROMPTPAY);
        var order = orders.ofCheckout(checkout.id().value()).get(0);
        orders.confirmPromptPayReceived(silk, order.id());
        // 3 x 450.00 = 1,350.00; 1 % = 13.50; the producer kept the money and now owes fee and share
        assertEquals(before + 1_350, contributions.contributedTo(fund));
        assertEquals(owedBefore - order.feeSatang() - 1_350, ledger.balanceOf(silk));
        orders.refund(
                silk,
                orders.markShipped(
                                silk,
                                orders.markPacked(
                                                silk,
                                                orders.accept(silk, order.id()).id())
                                        .id(),
                                Carrier.KERRY,
                                "KER1234567")
                        .id(),
                new Refund(List.of(1), false, "ชำรุด 1 ผืน"));
        // a third of the goods refunded: a third of the share returns, computed on the order total
        long returned = 1_350L * 45_000 / order.totalSatang();
        assertEquals(before + 1_350 - returned, contributions.contributedTo(fund));
        FundMoney money = credit.fundMoney(fund);
        assertEquals(contributions.contributedTo(fund), money.contributedSatang());
        assertEquals(714_530 + 710_930, money.creditDrawnSatang());
        assertEquals(714_530, money.creditRepaidSatang());
        assertEquals(2_000_000, money.creditLimitSatang());
        shop.assertLedgerBalances();
    }

    private SupplierOrder supplierOrderOf(PurchaseOrder po, ProducerId producer) {
        return po.supplierOrders().stream()
                .filter(s -> s.producerId().equals(producer))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(9)
    void aPurchaseOrderThatTakesAListingToLowStockMailsItsProducer() {
        ProducerId weavers = shop.producer(false);
        ProductId shawl = shop.product(weavers, 30_000, 16, 300, Category.CLOTH);
        catalogue.set(weavers, new WholesaleTerms(shawl, 6, 6, true, List.of(new PriceTier(6, 24_000))));
        String lowStockMails = "SELECT COUNT(*) FROM notification_outbox WHERE recipient = 'silk@example.org' "
                + "AND subject LIKE '%Low stock%'";
        int before = shop.queryInt(lowStockMails);

        purchaseOrders.place(request(PaymentTerms.PREPAID, Map.of(shawl, 6)));
        assertEquals(before, shop.queryInt(lowStockMails), "10 left is above the low-stock level");
        purchaseOrders.place(request(PaymentTerms.PREPAID, Map.of(shawl, 6)));
        assertEquals(4, shop.stockOf(shawl));
        assertEquals(before + 1, shop.queryInt(lowStockMails), "crossing the level mails the producer once");
    }

    private PurchaseRequest request(PaymentTerms terms, Map<ProductId, Integer> lines) {
        return new PurchaseRequest(
                buyer,
                key(),
                lines.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey((a, b) -> Long.compare(a.value(), b.value())))
                        .map(e -> new PurchaseRequest.Line(e.getKey(), e.getValue()))
                        .toList(),
                terms);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
