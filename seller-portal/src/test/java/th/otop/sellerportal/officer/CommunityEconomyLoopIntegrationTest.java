package th.otop.sellerportal.officer;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Product;
import th.otop.catalog.search.ProductIndexer;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.orders.ledger.FundContributions;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.ledger.PayoutReport;
import th.otop.orders.ledger.Payouts;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;
import th.otop.sellerportal.support.StripeStub;

/**
 * The community economy's whole loop through the portal's pages, each step by the role whose job it is, on the real
 * database and search: an officer creates a village programme; a producer declares its group from it and a fund of
 * the registry, sees both pending, and only an officer's confirmation makes the product show them and count in the
 * fund-linked facet; the fund's manager grants an outlet a credit line, the outlet buys on net terms and the manager
 * records the repayment; consumer sales credit the fund; the producer refunds part of a shipped order; finance pays
 * the producer out. The ledger sums to zero after every step, and the producer's balance is its sales less fees,
 * refunds and payouts. The outlet's and the consumers' purchases go through the orders library, as the storefront
 * does. Card payments go through Stripe, whose server alone is stubbed, at its HTTP address.
 */
@MicronautTest(transactional = false)
class CommunityEconomyLoopIntegrationTest implements RealServices {
    private static final String PASSWORD = "รหัสผ่านยาวพอ123";
    private static final int SURIN = 32;

    private StripeStub stripe;
    private Map<String, String> properties;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Community community;

    @Inject
    CommunityDirectory directory;

    @Inject
    Producers producers;

    @Inject
    ProductSearch search;

    @Inject
    ProductIndexer indexer;

    @Inject
    FundManagers fundManagers;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    CreditLines credit;

    @Inject
    FundContributions contributions;

    @Inject
    Orders orders;

    @Inject
    Ledger ledger;

    @Inject
    Payouts payouts;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            stripe = new StripeStub();
            properties = stripe.configure(RealServices.super.getProperties());
        }
        return properties;
    }

    @AfterAll
    void stopStripe() {
        stripe.stop();
    }

    @Test
    void fromAVillageProgrammeToAPayout() {
        Buyers buyers = new Buyers(context);
        long fund = community.addFund(FundKind.SAVINGS_GROUP, "กลุ่มออมทรัพย์บ้านสวายวงจร", null, SURIN);
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "loop-officer@example.com");

        // an officer creates the village's programme with its sage, team and a household
        Map<String, String> programme = new HashMap<>(Map.of(
                "provinceId", String.valueOf(SURIN),
                "district", "เมืองสุรินทร์",
                "subdistrict", "สวาย",
                "village", "บ้านสวายวงจร",
                "sageName", "นายเพชร ภูมิปัญญา",
                "trainer1", "นางทองใบ",
                "trainer2", "นายบุญชู",
                "occupations", "ทอผ้าไหม",
                "startedYear", "2561"));
        HttpResponse<String> created = officer.post("/officer/programmes", programme);
        assertEquals(303, created.getStatus().getCode(), PortalSession.body(created));
        String programmePage = created.header("Location");
        long programmeId = Long.parseLong(programmePage.replace("/officer/programmes/", ""));
        assertEquals(
                303,
                officer.post(
                                programmePage + "/households",
                                Map.of("headName", "นางมะลิ ทอดี", "standing", "BELOW_INCOME", "occupation", "ทอผ้า"))
                        .getStatus()
                        .getCode());

        // a producer of the province lists a scarf and declares its group from the programme and the fund
        PortalSession shop = PortalSession.newProducer(client, "loop-weavers@example.com", "กลุ่มทอผ้าไหมสวายวงจร");
        ProducerId producer = buyers.producerOf("loop-weavers@example.com");
        buyers.verify(producer);
        assertFalse(PortalSession.body(shop.get("/listings/new")).contains("name=\"stars\""), "no star field");
        Product scarf = buyers.publish(producer, shop.newListing("ผ้าไหมลายสวายวงจร", "1200", "200"));
        assertEquals(
                303,
                shop.post(
                                "/community/group",
                                Map.of(
                                        "groupNameTh",
                                        "กลุ่มทอผ้าไหมสวายวงจร",
                                        "households",
                                        "18",
                                        "programme",
                                        String.valueOf(programmeId)))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                shop.post("/community/fund", Map.of("fund", String.valueOf(fund), "relation", "MEMBER"))
                        .getStatus()
                        .getCode());
        String own = PortalSession.body(shop.get("/community"));
        assertEquals(2, own.split("รอเจ้าหน้าที่ยืนยัน", -1).length - 1, "both pending, and the producer sees it");
        indexer.drainAll();
        assertFalse(directory.product(scarf.publicId()).orElseThrow().linkages().fundLinked());
        assertTrue(eventually(() -> found(scarf)), "the scarf is searchable");
        assertFalse(fundLinked(scarf), "a pending link does not count in the facet");

        // an officer confirms both; only now the product shows them and the facet counts it
        String producerPage =
                "/officer/producers/" + producers.find(producer).orElseThrow().publicId();
        long group =
                community.declaredLinkagesOf(producer).groups().get(0).group().id();
        assertEquals(
                303,
                officer.post(producerPage + "/groups/" + group + "/confirm", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                officer.post(producerPage + "/funds/" + fund + "/confirm", Map.of("relation", "MEMBER"))
                        .getStatus()
                        .getCode());
        indexer.drainAll();
        var linkage = directory.product(scarf.publicId()).orElseThrow().linkages();
        assertTrue(linkage.sammachipLinked() && linkage.fundLinked());
        assertEquals("บ้านสวายวงจร", linkage.groups().get(0).programme().village());
        assertTrue(eventually(() -> fundLinked(scarf)), "the confirmed fund link counts in the facet");
        assertEquals(0, ledger.sumOfAll());

        // the fund's manager grants an outlet a line; the outlet buys on net terms; the manager records the repayment
        accounts.register(new SignUp("loop-manager@example.com", PASSWORD, "ผู้จัดการกองทุน", Role.CONSUMER, false));
        long appointer =
                accounts.findByLogin("loop-officer@example.com").orElseThrow().id();
        fundManagers.appoint(appointer, fund, "loop-manager@example.com", "", Duration.ofHours(1));
        PortalSession manager = OfficerSessions.signIn(client, "loop-manager@example.com");
        Buyers.OutletBuyer sukjai = buyers.verifiedOutlet("loop-outlet@sukjai.example", "ร้านประชารัฐสุขใจ สวาย", fund);
        Outlet outlet = sukjai.outlet();
        catalogue.set(producer, new WholesaleTerms(scarf.id(), 6, 6, true, List.of(new PriceTier(6, 100_000))));
        assertEquals(
                303,
                manager.post("/fund/credit/" + outlet.publicId(), Map.of("limit", "10,000", "netDays", "30"))
                        .getStatus()
                        .getCode());
        Invoice invoice = buyers.purchase(sukjai.owner(), scarf.id(), 6, PaymentTerms.NET_TERMS)
                .invoice();
        assertEquals(600_000, invoice.amountSatang());
        assertEquals(600_000, credit.status(outlet.id()).usedSatang());
        assertEquals(
                303,
                manager.post(
                                "/fund/invoices/" + invoice.publicId() + "/repayments",
                                Map.of("amount", "6,000", "reference", "ธกส. 0099"))
                        .getStatus()
                        .getCode());
        assertEquals(0, credit.status(outlet.id()).usedSatang(), "repaid in full");
        assertEquals(0, ledger.sumOfAll());

        // a consumer's card sale credits the fund; the producer ships it and refunds one of the three scarves
        long contributedBefore = contributions.contributedTo(fund);
        Order sale = buyers.delivered(buyers.paidByCard(scarf.publicId(), 3));
        long contributed = contributions.contributedTo(fund) - contributedBefore;
        assertTrue(contributed > 0, "a member's sale credits the fund");
        HttpResponse<String> refunded = shop.post(
                "/orders/" + sale.publicId() + "/refund",
                Map.of("quantity.0", "1", "reason", "ผ้ามีตำหนิ 1 ผืน / one flawed"));
        assertEquals(303, refunded.getStatus().getCode(), PortalSession.body(refunded));
        assertEquals(120_000, orders.forProducer(producer, sale.id()).refundedSatang());
        stripe.server()
                .verify(postRequestedFor(urlEqualTo("/v1/refunds")).withRequestBody(containing("amount=120000")));
        assertEquals(
                contributedBefore + contributed - contributed * 120_000 / sale.totalSatang(),
                contributions.contributedTo(fund),
                "the fund's share of the refunded scarf goes back");
        assertEquals(0, ledger.sumOfAll());

        // finance pays the producer what the card sale left it
        PortalSession finance = OfficerSessions.signedIn(client, accounts, Role.ADMIN, "loop-finance@example.com");
        String owedPage = PortalSession.body(finance.get("/officer/payouts"));
        Matcher row = Pattern.compile("name=\"producer\\.(\\d+)\" value=\""
                        + producers.find(producer).orElseThrow().publicId() + "\"")
                .matcher(owedPage);
        assertTrue(row.find(), "the producer is owed: " + owedPage);
        long owed = ledger.balanceOf(producer);
        assertTrue(owed > 0, "the card sale, less the refund and the fee, is owed to the producer");
        String i = row.group(1);
        Map<String, String> batch = new HashMap<>(Map.of(
                "pay." + i,
                "on",
                "producer." + i,
                producers.find(producer).orElseThrow().publicId(),
                "amount." + i,
                java.math.BigDecimal.valueOf(owed, 2).toPlainString(),
                "reference." + i,
                "KTB-LOOP-0001"));
        assertEquals(303, finance.post("/officer/payouts", batch).getStatus().getCode());
        assertEquals(0, ledger.balanceOf(producer), "paid out to the satang");
        assertEquals(0, ledger.sumOfAll());

        PayoutReport report = payouts.report(producer);
        assertEquals(
                report.salesSatang()
                        - report.refundsSatang()
                        - report.feesSatang()
                        - report.fundSharesSatang()
                        - report.collectedDirectlySatang()
                        - report.paidOutSatang(),
                report.balanceSatang(),
                "sales less refunds, fees, what it collected itself and payouts");
        assertEquals(owed, report.paidOutSatang());
        assertEquals(120_000, report.refundsSatang());
    }

    private boolean found(Product product) {
        return search.search(SearchQuery.forText("ผ้าไหมลายสวายวงจร")).hits().stream()
                .anyMatch(h -> h.publicId().equals(product.publicId()));
    }

    private boolean fundLinked(Product product) {
        return found(product)
                && search.search(SearchQuery.forText("ผ้าไหมลายสวายวงจร"))
                                .facets()
                                .fundLinked()
                        > 0;
    }

    /** Search shows a change within its refresh interval (a second); waits up to fifteen. */
    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
