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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.SammachipProgramme;
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
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.PlaceOrder;
import th.otop.orders.order.Orders;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.survey.Segment;
import th.otop.orders.survey.Surveys;
import th.otop.sellerportal.support.PortalSession;
import th.otop.sellerportal.web.Formats;

/**
 * The reports page and its CSV files against orders placed here, to the satang: a paid PromptPay order from a
 * sammachip-linked weavers' group in Surin (a 5-star silk and two group D soaps), an accepted cash-on-delivery
 * order from a chili paste group in Chiang Mai, and orders that are not sales (unpaid, cancelled); beside them a
 * Sukjai Shop outlet's wholesale supplier orders, two counted and two not.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class OfficerReportsIntegrationTest implements RealServices {
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
    OfficerActions officerActions;

    @Inject
    Community community;

    @Inject
    Carts carts;

    @Inject
    Checkouts checkouts;

    @Inject
    Orders orders;

    @Inject
    Surveys surveys;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private PortalSession officer;

    @BeforeAll
    void placeOrders() {
        ProducerId weavers = producer("กลุ่มทอผ้าไหมบ้านท่าสว่าง", 32);
        long programme = community.addProgramme(new SammachipProgramme(
                0,
                32,
                "เมืองสุรินทร์",
                "สลักได",
                "บ้านท่าสว่าง",
                "ปราชญ์ชุมชน",
                List.of("ก", "ข", "ค", "ง", "จ"),
                40,
                List.of("ทอผ้า"),
                2018));
        community.linkGroup(weavers, community.addGroup("กลุ่มทอผ้า", null, programme, 20), true);
        ProducerId chiliMakers = producer("กลุ่มน้ำพริกสันทราย", 50);

        ProductId silk = product(weavers, "ผ้าไหมยกทอง", Category.CLOTH, Grading.of(5, 2024), 120_000);
        ProductId soap = product(weavers, "สบู่สมุนไพร", Category.HERBAL, Grading.GROUP_D, 5_000);
        ProductId chili = product(chiliMakers, "น้ำพริกเผา", Category.FOOD, Grading.GROUP_D, 8_000);

        Checkout paid = buy(Map.of(silk, 1, soap, 2), PaymentMethod.PROMPTPAY);
        orders.confirmPromptPayReceived(weavers, paid.orders().get(0).id());
        Checkout cod = buy(Map.of(chili, 3), PaymentMethod.CASH_ON_DELIVERY);
        orders.accept(chiliMakers, cod.orders().get(0).id());
        buy(Map.of(soap, 1), PaymentMethod.PROMPTPAY); // never paid: not a sale
        Checkout cancelled = buy(Map.of(chili, 1), PaymentMethod.CASH_ON_DELIVERY);
        orders.cancelByProducer(chiliMakers, cancelled.orders().get(0).id(), "หมดสต็อก");

        outletOrders(weavers, chiliMakers);

        String first = surveys.invite("consumer:1", Segment.CONSUMER, "order:1", false);
        surveys.answer("consumer:1", first, 4, null);
        String again = surveys.invite("consumer:2", Segment.CONSUMER, "order:2", true);
        surveys.answer("consumer:2", again, 5, "ของดีมาก");

        LocalDate today = LocalDate.now(Formats.BANGKOK);
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
        officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "reports@example.com");
    }

    @Test
    void thePageShowsTheSalesToTheSatangWithChartsAndNoScripts() {
        HttpResponse<String> response = officer.get("/officer/reports");
        assertEquals(200, response.getStatus().getCode());
        String page = PortalSession.body(response);
        assertTrue(page.contains("id=\"sales-gmv\">฿1,540.00<"), "1,200 + 2 × 50 + 3 × 80 baht");
        assertTrue(page.contains("id=\"sales-orders\">2<"), "paid and accepted orders only");
        assertTrue(page.contains("฿340.00 (22.1%)"), "group D: 2 × 50 + 3 × 80 baht of 1,540");
        assertTrue(page.contains("฿1,300.00 (84.4%)"), "sammachip-linked weavers");
        assertTrue(page.contains("id=\"sales-consumer\">฿1,540.00 (30.9%)<"), page);
        assertTrue(page.contains("id=\"sales-outlet\">฿3,450.50 (69.1%)"), "confirmed and received supplier orders");
        assertTrue(page.contains("id=\"sales-all-channels\">฿4,990.50<"));
        assertTrue(page.contains("<svg"), "server-drawn charts");
        assertEquals(List.of("/js/form-keeper.js"), PortalSession.scripts(page), "the charts need no script");
        assertFalse(page.contains("style="), "no style attributes (CSP)");
        assertTrue(response.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @Test
    void salesCsvMatchesTheOrdersAndFollowsTheFilters() {
        Map<String, String> all = csv("/officer/reports/sales.csv");
        assertEquals("2", all.get("orders/all"));
        assertEquals("1540.00", all.get("gmv_baht/all"));
        assertEquals("1200.00", all.get("gmv_baht/category:CLOTH"));
        assertEquals("100.00", all.get("gmv_baht/category:HERBAL"));
        assertEquals("240.00", all.get("gmv_baht/category:FOOD"));
        assertEquals("0.00", all.get("gmv_baht/category:BEVERAGE"));
        assertEquals("1200.00", all.get("gmv_baht/stars:5"));
        assertEquals("0.00", all.get("gmv_baht/stars:4"));
        assertEquals("340.00", all.get("gmv_baht/stars:0"));
        assertEquals("340.00", all.get("gmv_baht/group_d"));
        assertEquals("1300.00", all.get("gmv_baht/sammachip"));
        assertEquals("1540.00", all.get("gmv_baht/channel:consumer"));
        assertEquals("3450.50", all.get("gmv_baht/channel:outlet"));
        assertEquals("4990.50", all.get("gmv_baht/channel:all"));
        assertEquals("2", all.get("orders/channel:outlet"));
        assertEquals("0.6914", all.get("share/channel:outlet"));
        assertEquals(
                "3000.00", csv("/officer/reports/sales.csv?region=NORTHEAST").get("gmv_baht/channel:outlet"));
        assertEquals("450.50", csv("/officer/reports/sales.csv?province=50").get("gmv_baht/channel:outlet"));

        assertEquals(
                "1300.00", csv("/officer/reports/sales.csv?region=NORTHEAST").get("gmv_baht/all"));
        assertEquals("240.00", csv("/officer/reports/sales.csv?province=50").get("gmv_baht/all"));
        assertEquals("0.00", csv("/officer/reports/sales.csv?region=SOUTH").get("gmv_baht/all"));
        String yesterday = LocalDate.now(Formats.BANGKOK).minusDays(1).toString();
        assertEquals(
                "0.00",
                csv("/officer/reports/sales.csv?from=" + yesterday + "&to=" + yesterday)
                        .get("gmv_baht/all"));
    }

    @Test
    void fairExposureComplaintsAndSatisfactionDownloadToo() {
        Map<String, String> exposure = csv("/officer/reports/exposure.csv");
        assertEquals("200", exposure.get("impressions/all"));
        assertEquals("0.4000", exposure.get("exposure_share/group_d"));
        assertEquals("0.2208", exposure.get("sales_share/group_d"), "340 of 1,540 baht");
        assertEquals("0.2500", exposure.get("exposure_share/sammachip"));
        assertEquals("0.8442", exposure.get("sales_share/sammachip"));

        assertEquals("0", csv("/officer/reports/complaints.csv").get("opened/all"));

        Map<String, String> satisfaction = csv("/officer/reports/satisfaction.csv");
        assertEquals("4.00", satisfaction.get("average_score/CONSUMER:new"));
        assertEquals("5.00", satisfaction.get("average_score/CONSUMER:returning"));
        assertEquals("1", satisfaction.get("answered/CONSUMER:returning"));
    }

    @Test
    void aWrongFilterIsExplainedAndNothingIsGuessed() {
        HttpResponse<String> page = officer.get("/officer/reports?from=2025-13-01&region=MOON");
        assertEquals(400, page.getStatus().getCode());
        assertTrue(PortalSession.body(page).contains("กรุณาเลือกวันที่ให้ถูกต้อง"), PortalSession.body(page));
        assertTrue(PortalSession.body(page).contains("ไม่มีภาคนี้"));
        HttpResponse<String> backwards = download("/officer/reports/sales.csv?from=2025-02-01&to=2025-01-01");
        assertEquals(400, backwards.getStatus().getCode());
    }

    /** A CSV report as "measure/item" to value; checks the download headers and the byte-order mark. */
    private Map<String, String> csv(String path) {
        HttpResponse<String> response = download(path);
        assertEquals(200, response.getStatus().getCode(), path + " " + PortalSession.body(response));
        assertTrue(response.header("Content-Type").startsWith("text/csv"), response.header("Content-Type"));
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename="));
        String body = PortalSession.body(response);
        assertTrue(body.startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
        Map<String, String> values = new HashMap<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(body.substring(1)))) {
                values.put(row.get("measure") + "/" + row.get("item"), row.get("value"));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return values;
    }

    private HttpResponse<String> download(String path) {
        return officer.send(HttpRequest.GET(path).accept(new MediaType("text/csv")));
    }

    /**
     * Wholesale supplier orders of one Sukjai Shop purchase order: confirmed 3,000.00 (weavers) and received 450.50
     * (chili makers) count; cancelled and unpaid ones do not.
     */
    private void outletOrders(ProducerId weavers, ProducerId chiliMakers) {
        long buyer = accounts.register(new SignUp(
                        "reports-outlet@example.com", OfficerSessions.PASSWORD, "ร้านค้า", Role.OUTLET, false))
                .id();
        transactions.executeWrite(status -> {
            jdbc.prepareStatement(
                    "INSERT INTO outlet (public_id, name_th, province_id, address, operator_org, status) "
                            + "VALUES ('rptoutlet001', 'ร้านค้าประชารัฐสุขใจทดสอบ', 32, 'หมู่ 1', 'กองทุนหมู่บ้าน', 'VERIFIED')",
                    ps -> ps.executeUpdate());
            jdbc.prepareStatement(
                    "INSERT INTO purchase_order (public_id, idempotency_key, outlet_id, placed_by, payment, status, "
                            + "items_satang) SELECT 'rptpo0000001', 'reports-po', id, ?, 'CREDIT', 'CONFIRMED', 0 "
                            + "FROM outlet WHERE public_id='rptoutlet001'",
                    ps -> {
                        ps.setLong(1, buyer);
                        return ps.executeUpdate();
                    });
            Object[][] rows = {
                {"rptso0000001", weavers, "CONFIRMED", 300_000L},
                {"rptso0000002", chiliMakers, "RECEIVED", 45_050L},
                {"rptso0000003", weavers, "CANCELLED", 99_900L},
                {"rptso0000004", chiliMakers, "AWAITING_PAYMENT", 10_000L}
            };
            for (Object[] row : rows) {
                jdbc.prepareStatement(
                        "INSERT INTO supplier_order (public_id, purchase_order_id, producer_id, status, items_satang, "
                                + "fee_satang) SELECT ?, id, ?, ?, ?, 0 FROM purchase_order WHERE public_id='rptpo0000001'",
                        ps -> {
                            ps.setString(1, (String) row[0]);
                            ps.setLong(2, ((ProducerId) row[1]).value());
                            ps.setString(3, (String) row[2]);
                            ps.setLong(4, (Long) row[3]);
                            return ps.executeUpdate();
                        });
            }
            return null;
        });
    }

    private ProducerId producer(String name, int province) {
        ProducerId id = producers.register(new ProducerProfile(
                ProducerKind.OCCUPATIONAL_GROUP,
                name,
                null,
                null,
                null,
                province,
                null,
                null,
                null,
                null,
                null,
                null,
                "0812345678",
                true));
        producers.decideVerification(id, Verification.VERIFIED, null);
        return id;
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
        Buyer buyer = Buyer.guest("guest-" + UUID.randomUUID());
        Cart cart = null;
        for (var line : lines.entrySet()) {
            cart = carts.add(buyer, line.getKey(), line.getValue());
        }
        return checkouts.place(new PlaceOrder(
                buyer,
                cart.id(),
                UUID.randomUUID().toString(),
                "buyer@example.org",
                new ShippingAddress(
                        "สมหญิง ใจดี",
                        "081-234-5678",
                        "99/1 หมู่ 4 ถนนเทศบาล 1",
                        "ในเมือง",
                        "เมืองสุรินทร์",
                        32,
                        "32000"),
                method));
    }
}
