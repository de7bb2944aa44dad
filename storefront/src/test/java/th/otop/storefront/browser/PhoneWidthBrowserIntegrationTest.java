package th.otop.storefront.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.HtmlRoutes;
import th.otop.devstack.PhoneWidthAudit;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.PurchaseRequest;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;
import th.otop.storefront.outlet.OutletMother;
import th.otop.webkit.security.SessionCookies;

/**
 * Every page of the storefront, as a guest with a cart and an unpaid order, a signed-in consumer with orders, an
 * address, a favourite and a complaint, and a verified Pracharat Sukjai outlet with a purchase order and a complaint,
 * at 360 and 390 px in Thai (see {@link PhoneWidthAudit} for what is checked). The pages come from the route table, so
 * a new page is checked as soon as it exists, or the test names it as reached by nobody. Screenshots and a contact
 * sheet per role go to {@code target/screenshots/phone-width/}.
 */
@MicronautTest(transactional = false)
class PhoneWidthBrowserIntegrationTest implements RealServices {
    private static final String PASSWORD = "ผ้าไหมสวยมาก123";
    private static final Pattern CHECKOUT = Pattern.compile("/checkout/([0-9a-z]+)");

    /** Pages no role can open from a link in this test, each with why. */
    private static final Map<String, String> NOT_WALKED = Map.of(
            "/reset/{token}", "opened from the one-time link in a password-reset mail",
            "/checkout/{publicId}/payment", "where Stripe's card form sends the buyer back, never linked from a page");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Inject
    StorefrontMother mother;

    @Inject
    OutletMother outletMother;

    @Inject
    Accounts accounts;

    @Inject
    Checkouts checkouts;

    @Inject
    Orders orders;

    @Inject
    Complaints complaints;

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

    @Test
    void everyPageFitsAPhoneForEveryRole() {
        StorefrontMother.Catalogue catalogue = mother.catalogue();

        ShopperSession guest = new ShopperSession(client);
        placeOrder(guest, catalogue.cotton(), "guest@example.com");
        guest.post("/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"));

        ShopperSession consumer = new ShopperSession(client);
        String login = "phone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        HttpResponse<String> signedUp =
                consumer.post("/signup", Map.of("displayName", "สมศรี", "login", login, "password", PASSWORD));
        assertEquals(HttpStatus.SEE_OTHER, signedUp.getStatus(), body(signedUp));
        long accountId = accounts.authenticate(login, PASSWORD).orElseThrow().id();
        Order delivered = delivered(accountId, placeOrder(consumer, catalogue.chilli(), login));
        complaints.open(
                new Party(accountId, Role.CONSUMER, null),
                ComplaintSubject.ORDER,
                delivered.publicId(),
                delivered.producerId(),
                ComplaintCategory.DAMAGED,
                "ผ้าไหมมีรอยขาดที่ชายผ้า",
                null);
        assertEquals(
                HttpStatus.SEE_OTHER,
                consumer.post("/account/addresses", address()).getStatus());
        consumer.post("/favourites", Map.of("product", catalogue.coffee(), "favourite", "on", "back", "/"));
        consumer.post(
                "/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"));

        List<Cookie> outlet = outletWithAPurchaseOrder();

        HtmlRoutes routes = HtmlRoutes.of(router);
        ChromeDriver driver = HeadlessChromium.start("th-TH,th");
        List<PhoneWidthAudit.Report> reports = new ArrayList<>();
        try {
            PhoneWidthAudit audit = new PhoneWidthAudit(
                    driver,
                    "http://localhost:" + server.getPort(),
                    List.of(360, 390),
                    HeadlessChromium.screenshots().resolve("phone-width"));
            reports.add(audit.walk("guest", cookies(guest), routes.fixedPaths(), routes::routeOf));
            reports.add(audit.walk("consumer", cookies(consumer), routes.fixedPaths(), routes::routeOf));
            reports.add(audit.walk("outlet", outlet, routes.fixedPaths(), routes::routeOf));
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

    /** Puts one product in the session's cart and orders it by PromptPay; answers the checkout's number. */
    private String placeOrder(ShopperSession shopper, String product, String email) {
        HttpResponse<String> added = shopper.post("/cart/add", Map.of("product", product, "quantity", "1"));
        assertEquals(HttpStatus.SEE_OTHER, added.getStatus(), body(added));
        assertEquals(
                HttpStatus.OK,
                shopper.get("/checkout").getStatus(),
                added.header(HttpHeaders.LOCATION) + shopper.cookie("cart") + shopper.page("/cart"));
        String form = shopper.page("/checkout");
        Map<String, String> fields = new LinkedHashMap<>(address());
        fields.put("cartId", field(form, "cartId"));
        fields.put("idempotencyKey", field(form, "idempotencyKey"));
        fields.put("email", email);
        fields.put("paymentMethod", "PROMPTPAY");
        HttpResponse<String> placed = shopper.post("/checkout", fields);
        Matcher m = CHECKOUT.matcher(String.valueOf(placed.header(HttpHeaders.LOCATION)));
        assertTrue(m.find(), "the order is placed: " + body(placed));
        return m.group(1);
    }

    /** The shop confirms the money, ships and delivers, so the order page offers the survey and a complaint. */
    private Order delivered(long accountId, String checkout) {
        Order order =
                checkouts.forBuyer(Buyer.account(accountId), checkout).orders().get(0);
        orders.confirmPromptPayReceived(order.producerId(), order.id());
        orders.accept(order.producerId(), order.id());
        orders.markPacked(order.producerId(), order.id());
        orders.markShipped(order.producerId(), order.id(), Carrier.KERRY, "KEX1234567890");
        orders.markDelivered(order.producerId(), order.id());
        return order;
    }

    /** A verified outlet on net terms whose purchase order is partly shipped, with a complaint to the marketplace. */
    private List<Cookie> outletWithAPurchaseOrder() {
        OutletMother.World world = outletMother.world();
        Account owner = outletMother.account("สมชาย ร้านสุขใจ");
        outlets.signUp(
                owner.id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ สุรินทร์",
                        null,
                        32,
                        "1 ถนนหลักเมือง",
                        "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                        world.fund()));
        OutletMember member = members.of(owner.id()).orElseThrow();
        outlets.decide(member.outletId(), OutletStatus.VERIFIED, "เอกสารครบ");
        credit.extend(world.fund(), member.outletId(), 2_000_000, 30);
        PurchaseOrder order = purchaseOrders.place(new PurchaseRequest(
                members.of(owner.id()).orElseThrow(),
                UUID.randomUUID().toString(),
                List.of(new PurchaseRequest.Line(world.scarf(), 12), new PurchaseRequest.Line(world.paste(), 24)),
                PaymentTerms.NET_TERMS));
        var first = order.supplierOrders().get(0);
        purchaseOrders.ship(first.producerId(), first.publicId(), Carrier.THAILAND_POST, "EY123456789TH");
        complaints.open(
                Party.outlet(member),
                ComplaintSubject.PLATFORM,
                null,
                null,
                ComplaintCategory.SERVICE,
                "หน้าสั่งซื้อโหลดช้า",
                null);
        MutableHttpResponse<?> signedIn = sessions.signIn(owner, HttpRequest.GET("/"), HttpResponse.ok());
        return signedIn.getCookies().getAll().stream()
                .map(c -> new Cookie(c.getName(), c.getValue(), "/"))
                .toList();
    }

    private static Map<String, String> address() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipientName", "สมศรี ใจงาม");
        form.put("phone", "0812345678");
        form.put("addressLine", "99 หมู่ 4");
        form.put("provinceId", "32");
        form.put("district", "เมืองสุรินทร์");
        form.put("subdistrict", "สลักได");
        form.put("postcode", "32000");
        return form;
    }

    /** The session's cart and sign-in cookies, for the browser to be the same shopper. */
    private static List<Cookie> cookies(ShopperSession session) {
        List<Cookie> cookies = new ArrayList<>();
        session.cookie("cart").ifPresent(v -> cookies.add(new Cookie("cart", v, "/")));
        session.cookie("JWT").ifPresent(v -> cookies.add(new Cookie("JWT", v, "/")));
        return cookies;
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }
}
