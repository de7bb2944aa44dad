package th.otop.sellerportal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.HtmlRoutes;
import th.otop.devstack.PhoneWidthAudit;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Every page of the seller portal, as a guest, a producer with a listing and an order, an officer and an admin, at
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
        PortalSession.newProducer(client, "phone-pending@example.com", "ร้านจักสานรอตรวจ");
        PortalSession officer = signedIn(Role.OFFICER, "phone-officer@example.com");
        PortalSession admin = signedIn(Role.ADMIN, "phone-admin@example.com");

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
