package th.otop.sellerportal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.HouseholdStanding;
import th.otop.catalog.community.Programmes;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.HtmlRoutes;
import th.otop.devstack.PhoneWidthAudit;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.fund.FundDesk;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.PurchaseRequest;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Every page of the seller portal, as a guest, a producer with a listing, an order, a complaint and an outlet's
 * wholesale order, an officer and an admin (with a pending producer and a verified outlet to look at), and a community
 * fund's manager (with an outlet on credit and its invoice), at
 * 360 and 390 px in Thai (see {@link PhoneWidthAudit} for what is checked). The pages come from the route table, so a
 * new page is checked as soon as it exists, or the test names it as reached by nobody. Screenshots and a contact sheet
 * per role go to {@code target/screenshots/phone-width/}.
 */
@MicronautTest(transactional = false)
class PhoneWidthBrowserIntegrationTest implements RealServices {
    private static final String PASSWORD = "รหัสผ่านยาวพอ123";

    /** Pages no role can open from a link in this test, each with why. */
    private static final Map<String, String> NOT_WALKED =
            Map.of("/reset/{token}", "opened from the one-time link in a password-reset mail");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Router router;

    @Inject
    Accounts accounts;

    @Inject
    Complaints complaints;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    PurchaseOrders purchaseOrders;

    @Inject
    Community community;

    @Inject
    FundManagers fundManagers;

    @Inject
    FundDesk desk;

    @Inject
    Programmes programmes;

    @Test
    void everyPageFitsAPhoneForEveryRole() {
        Buyers buyers = new Buyers(context);
        PortalSession producer = PortalSession.newProducer(client, "phone-shop@example.com", "ร้านผ้าทอบ้านนา");
        ProducerId producerId = buyers.producerOf("phone-shop@example.com");
        buyers.verify(producerId);
        String listing = producer.newListing("ผ้าไหมมัดหมี่ลายโบราณ", "1250", "8");
        buyers.publish(producerId, listing);
        Order order = buyers.order(listing, 1, PaymentMethod.PROMPTPAY);
        complaints.open(
                new Party(9_001, Role.CONSUMER, null, null),
                ComplaintSubject.ORDER,
                order.publicId(),
                producerId,
                ComplaintCategory.LATE,
                "ยังไม่ได้รับของเลยค่ะ",
                null);
        Product scarf = buyers.publish(producerId, producer.newListing("ผ้าขาวม้าทอมือ", "250", "100"));
        catalogue.set(producerId, new WholesaleTerms(scarf.id(), 12, 6, true, List.of(new PriceTier(12, 18_000))));
        long fund = community.addFund(FundKind.SAVINGS_GROUP, "กลุ่มออมทรัพย์บ้านท่าสว่าง", null, 32);
        community.linkFund(producerId, fund, FundRelation.MEMBER, true);
        // a verified outlet that has ordered wholesale: the producer's outlet orders and the officer's outlet pages
        Account outletOwner = accounts.register(
                new SignUp("phone-outlet@sukjai.example", PASSWORD, "สมหญิง ร้านสุขใจ", Role.CONSUMER, false));
        var outlet = outlets.signUp(
                outletOwner.id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ ท่าสว่าง",
                        null,
                        32,
                        "99 หมู่ 4 ต.ท่าสว่าง",
                        "บริษัทประชารัฐรักสามัคคี",
                        fund));
        outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
        purchaseOrders.place(new PurchaseRequest(
                members.of(outletOwner.id()).orElseThrow(),
                UUID.randomUUID().toString(),
                List.of(new PurchaseRequest.Line(scarf.id(), 12)),
                PaymentTerms.PREPAID));
        // the fund's manager, who gave the outlet a credit line it bought on: the credit, invoice and officer pages
        accounts.register(new SignUp("phone-fund@example.com", PASSWORD, "ผู้จัดการกองทุน", Role.CONSUMER, false));
        long appointer = accounts.register(
                        new SignUp("phone-appointer@example.com", PASSWORD, "เจ้าหน้าที่แต่งตั้ง", Role.OFFICER, false))
                .id();
        long manager = fundManagers
                .appoint(appointer, fund, "phone-fund@example.com", "", Duration.ofHours(1))
                .manager()
                .id();
        desk.grant(manager, outlet.publicId(), 1_000_000, 30);
        // a village's programme with its register, for the officer's programme pages
        long programme = programmes.create(
                appointer,
                new SammachipProgramme(
                        0,
                        32,
                        "เมืองสุรินทร์",
                        "ท่าสว่าง",
                        "บ้านท่าสว่าง",
                        "นายทองดี มีปัญญา",
                        List.of("นางคำปุน", "นายสมศักดิ์"),
                        0,
                        List.of("ทอผ้าไหม"),
                        2017));
        programmes.addHousehold(appointer, programme, "นางบัว ใจงาม", HouseholdStanding.BELOW_INCOME, "ทอผ้า");
        programmes.addVisit(appointer, programme, java.time.LocalDate.of(2026, 11, 2), "กลุ่มขายผ้าได้ดีขึ้น");
        programmes.addGroup(appointer, programme, "กลุ่มทอผ้าไหมท่าสว่าง", null, 20);
        purchaseOrders.place(new PurchaseRequest(
                members.of(outletOwner.id()).orElseThrow(),
                UUID.randomUUID().toString(),
                List.of(new PurchaseRequest.Line(scarf.id(), 12)),
                PaymentTerms.NET_TERMS));
        // and one waiting for an officer, with its verify form and suspend page
        outlets.signUp(
                accounts.register(new SignUp(
                                "phone-outlet-new@sukjai.example", PASSWORD, "ร้านใหม่", Role.CONSUMER, false))
                        .id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ โคกเมือง", null, 32, "1 หมู่ 2 ต.นอกเมือง", "บริษัทประชารัฐ", null));
        PortalSession.newProducer(client, "phone-pending@example.com", "ร้านจักสานรอตรวจ");
        PortalSession officer = signedIn(Role.OFFICER, "phone-officer@example.com");
        PortalSession admin = signedIn(Role.ADMIN, "phone-admin@example.com");
        PortalSession fundManager = new PortalSession(client);
        fundManager.post("/signin", Map.of("login", "phone-fund@example.com", "password", PASSWORD));

        HtmlRoutes routes = HtmlRoutes.of(router);
        ChromeDriver driver = HeadlessChromium.start("th-TH,th");
        List<PhoneWidthAudit.Report> reports = new ArrayList<>();
        try {
            PhoneWidthAudit audit = new PhoneWidthAudit(
                    driver,
                    "http://localhost:" + server.getPort(),
                    List.of(360, 390),
                    HeadlessChromium.screenshots().resolve("phone-width"));
            reports.add(audit.walk("guest", List.of(), routes.fixedPaths(), routes::routeOf));
            reports.add(audit.walk("producer", cookies(producer), routes.fixedPaths(), routes::routeOf));
            reports.add(audit.walk("officer", cookies(officer), routes.fixedPaths(), routes::routeOf));
            reports.add(audit.walk("admin", cookies(admin), routes.fixedPaths(), routes::routeOf));
            reports.add(audit.walk("fund-manager", cookies(fundManager), routes.fixedPaths(), routes::routeOf));
        } finally {
            driver.quit();
        }

        Set<String> visited = new LinkedHashSet<>();
        reports.forEach(r -> visited.addAll(r.visitedRoutes()));
        List<String> missed = routes.templates().stream()
                .filter(t -> !visited.contains(t) && !NOT_WALKED.containsKey(t))
                .toList();
        String problems = reports.stream()
                .flatMap(r -> r.problems().entrySet().stream()
                        .map(e -> r.role() + " " + e.getKey() + "\n    " + String.join("\n    ", e.getValue())))
                .collect(Collectors.joining("\n"));
        assertTrue(
                missed.isEmpty() && problems.isEmpty(),
                "pages no role reached (give them a fixture, or a reason in NOT_WALKED): " + missed
                        + "\npages that do not fit a phone:\n" + problems);
    }

    private PortalSession signedIn(Role role, String login) {
        accounts.register(new SignUp(login, PASSWORD, "บัญชี " + role.name().toLowerCase(), role, false));
        PortalSession session = new PortalSession(client);
        session.post("/signin", Map.of("login", login, "password", PASSWORD));
        assertTrue(session.cookie("JWT").isPresent(), "signed in as " + login);
        return session;
    }

    private static List<Cookie> cookies(PortalSession session) {
        return List.of(new Cookie("JWT", session.cookie("JWT").orElseThrow(), "/"));
    }
}
