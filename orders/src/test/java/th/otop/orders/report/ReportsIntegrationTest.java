package th.otop.orders.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Role;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;

/** Every figure is checked against orders placed here, to the satang. */
@MicronautTest(transactional = false)
class ReportsIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Reports reports;

    @Inject
    Orders orders;

    @Inject
    Checkouts checkouts;

    @Inject
    Producers producers;

    @Inject
    Products products;

    @Inject
    OfficerActions officerActions;

    @Inject
    Community community;

    @Inject
    Complaints complaints;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private final Instant from = Instant.now().minus(Duration.ofHours(1));
    private ReportFilter everywhere;
    private ProducerId weavers;

    @BeforeAll
    void sales() {
        everywhere = new ReportFilter(from, Instant.now().plus(Duration.ofHours(1)), null, null);
        TestShop shop = new TestShop(context);
        weavers = shop.producer(true);
        long programme = community.addProgramme(new SammachipProgramme(
                0,
                32,
                "เมือง",
                "สลักได",
                "บ้านท่าสว่าง",
                "ปราชญ์",
                java.util.List.of("ก", "ข", "ค", "ง", "จ"),
                50,
                java.util.List.of("ทอผ้า"),
                2018));
        community.linkGroup(weavers, community.addGroup("กลุ่มทอผ้า", null, programme, 20), true);
        ProducerId chiliMakers = producers.register(new ProducerProfile(
                ProducerKind.OCCUPATIONAL_GROUP,
                "กลุ่มน้ำพริกสันทราย",
                null,
                null,
                null,
                50,
                null,
                null,
                null,
                null,
                null,
                null,
                "0898765432",
                true));
        producers.decideVerification(chiliMakers, Verification.VERIFIED, null);

        ProductId silk = product(weavers, "ผ้าไหม", Category.CLOTH, Grading.of(5, 2024), 120_000);
        ProductId soap = product(weavers, "สบู่สมุนไพร", Category.HERBAL, Grading.GROUP_D, 5_000);
        ProductId chili = product(chiliMakers, "น้ำพริกเผา", Category.FOOD, Grading.GROUP_D, 8_000);

        Checkout paid = buy(Map.of(silk, 1, soap, 2), PaymentMethod.PROMPTPAY);
        orders.confirmPromptPayReceived(weavers, paid.orders().get(0).id());
        Checkout cod = buy(Map.of(chili, 3), PaymentMethod.CASH_ON_DELIVERY);
        orders.accept(chiliMakers, cod.orders().get(0).id());
        buy(Map.of(soap, 1), PaymentMethod.PROMPTPAY); // awaiting payment: not a sale
        Checkout cancelled = buy(Map.of(chili, 1), PaymentMethod.CASH_ON_DELIVERY);
        orders.cancelByProducer(chiliMakers, cancelled.orders().get(0).id(), "หมดสต็อก");
    }

    private ProductId product(ProducerId producer, String title, Category category, Grading grading, long price) {
        ProductId id = products.create(
                producer, new ProductDraft(title, null, null, null, category, price, 50, "ชิ้น", "piece", 200, 0));
        products.publish(producer, id);
        if (!grading.isGroupD()) {
            officerActions.recordGrade(9_001, id, grading);
        }
        return id;
    }

    private Checkout buy(Map<ProductId, Integer> lines, PaymentMethod method) {
        TestShop shop = new TestShop(context);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = null;
        for (var line : lines.entrySet()) {
            cart = shop.cartWith(buyer, line.getKey(), line.getValue());
        }
        return checkouts.place(shop.request(buyer, cart, TestShop.newKey(), method));
    }

    @Test
    void salesByCategoryGradeAndSammachipMatchTheOrders() {
        SalesReport sales = reports.sales(everywhere);
        assertEquals(2, sales.orders());
        assertEquals(154_000, sales.gmvSatang());
        assertEquals(
                Map.of(Category.CLOTH, 120_000L, Category.HERBAL, 10_000L, Category.FOOD, 24_000L), sales.byCategory());
        assertEquals(Map.of(0, 34_000L, 5, 120_000L), sales.byStars());
        assertEquals(130_000, sales.sammachipSatang());
    }

    @Test
    void regionAndProvinceNarrowTheFigures() {
        assertEquals(
                130_000,
                reports.sales(new ReportFilter(everywhere.from(), everywhere.to(), Region.NORTHEAST, null))
                        .gmvSatang());
        assertEquals(
                24_000,
                reports.sales(new ReportFilter(everywhere.from(), everywhere.to(), null, 50))
                        .gmvSatang());
        assertEquals(
                0,
                reports.sales(new ReportFilter(everywhere.from(), everywhere.to(), Region.SOUTH, null))
                        .gmvSatang());
    }

    @Test
    void exposureShareIsComparedWithSalesShare() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        transactions.executeWrite(status -> {
            for (var row : Map.of("ALL", 200L, "GROUP_D", 80L, "SAMMACHIP", 50L).entrySet()) {
                jdbc.prepareStatement("INSERT INTO search_exposure (day, segment, impressions) VALUES (?,?,?)", ps -> {
                    ps.setObject(1, today);
                    ps.setString(2, row.getKey());
                    ps.setLong(3, row.getValue());
                    return ps.executeUpdate();
                });
            }
            return null;
        });
        FairExposureReport fair = reports.fairExposure(everywhere);
        assertEquals(200, fair.impressions());
        assertEquals(0.40, fair.groupDExposureShare(), 1e-9);
        assertEquals(34_000.0 / 154_000, fair.groupDSalesShare(), 1e-9);
        assertEquals(0.25, fair.sammachipExposureShare(), 1e-9);
        assertEquals(130_000.0 / 154_000, fair.sammachipSalesShare(), 1e-9);
    }

    @Test
    void complaintHandlingIsMeasured() {
        Party buyer = new Party(501, Role.CONSUMER, null);
        Party producer = new Party(502, Role.PRODUCER, weavers);
        String late = complaints.open(
                buyer, ComplaintSubject.ORDER, "x", weavers, ComplaintCategory.LATE, "ยังไม่ได้ของ", null);
        complaints.open(buyer, ComplaintSubject.PRODUCT, "y", weavers, ComplaintCategory.DAMAGED, "ของเสียหาย", null);
        complaints.reply(producer, late, "ส่งแล้วค่ะ", null);
        complaints.resolve(producer, late);
        complaints.close(buyer, late, 5);

        ComplaintReport report =
                reports.complaints(new ReportFilter(everywhere.from(), everywhere.to(), Region.NORTHEAST, null));
        assertEquals(2, report.opened());
        assertEquals(Map.of(ComplaintCategory.LATE, 1L, ComplaintCategory.DAMAGED, 1L), report.byCategory());
        assertEquals(1, report.resolved());
        assertEquals(5.0, report.averageSatisfaction());
        assertEquals(
                0,
                reports.complaints(new ReportFilter(everywhere.from(), everywhere.to(), Region.SOUTH, null))
                        .opened());
    }
}
