package th.otop.sellerportal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.orders.fund.FundDesk;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.CreditStatus;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * A community fund's manager, end to end on the real services: an officer invites them, they set a password and sign in
 * to their own fund; they grant, change and close an outlet's credit line, the outlet buys on net terms against it and
 * is refused beyond its headroom or once closed; they record repayments (never more than owed), see overdue invoices and
 * download the statement as CSV and PDF; another fund's outlets, invoices and figures stay out of reach, and every
 * action is in the audit log.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundManagerJourneyIntegrationTest implements RealServices {
    private static final String PASSWORD = "รหัสผ่านยาวพอ123";
    private static final String FUND_A = "กลุ่มออมทรัพย์บ้านท่าสว่าง";
    private static final String FUND_B = "กองทุนหมู่บ้านโคกเมือง";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

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
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    CreditLines credit;

    @Inject
    FundManagers fundManagers;

    @Inject
    FundDesk desk;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    long fundA;
    long fundB;
    Outlet outletA;
    Outlet outletB;
    OutletMember buyerA;
    OutletMember buyerB;
    Product scarf;
    PortalSession officer;
    PortalSession managerA;
    Account managerB;
    Invoice invoice;
    Invoice invoiceOfB;

    @BeforeAll
    void aProducerLinkedToFundAAndAnOutletOfEachFund() {
        fundA = community.addFund(FundKind.SAVINGS_GROUP, FUND_A, "Tha Sawang savings group", 32);
        fundB = community.addFund(FundKind.VILLAGE_FUND, FUND_B, "Khok Mueang village fund", 32);
        Buyers buyers = new Buyers(context);
        PortalSession producer = PortalSession.newProducer(client, "fund-weaver@example.com", "กลุ่มทอผ้าท่าสว่าง");
        ProducerId producerId = buyers.producerOf("fund-weaver@example.com");
        buyers.verify(producerId);
        scarf = buyers.publish(producerId, producer.newListing("ผ้าขาวม้าทอมือ", "250", "500"));
        catalogue.set(producerId, new WholesaleTerms(scarf.id(), 12, 6, true, List.of(new PriceTier(12, 18_000))));
        community.linkFund(producerId, fundA, FundRelation.MEMBER, true);
        outletA = outlet("fund-outlet-a@sukjai.example", "ร้านประชารัฐสุขใจ ท่าสว่าง", fundA);
        outletB = outlet("fund-outlet-b@sukjai.example", "ร้านประชารัฐสุขใจ โคกเมือง", fundB);
        buyerA = members.of(accounts.findByLogin("fund-outlet-a@sukjai.example")
                        .orElseThrow()
                        .id())
                .orElseThrow();
        buyerB = members.of(accounts.findByLogin("fund-outlet-b@sukjai.example")
                        .orElseThrow()
                        .id())
                .orElseThrow();
        accounts.register(new SignUp("fund-officer@example.com", PASSWORD, "เจ้าหน้าที่กองทุน", Role.OFFICER, false));
        officer = signIn("fund-officer@example.com", PASSWORD, "/officer");
    }

    @Test
    @Order(1)
    void anOfficerInvitesANewManagerWhoSetsAPasswordAndSeesOnlyTheirOwnFund() {
        String page = PortalSession.body(officer.get("/officer/fund-managers?province=32"));
        assertTrue(page.contains(FUND_A) && page.contains(FUND_B), "the province's funds to pick from: " + page);
        HttpResponse<String> blank = officer.post("/officer/fund-managers/" + fundA, Map.of("login", ""));
        assertEquals(422, blank.getStatus().getCode());
        assertTrue(PortalSession.body(blank).contains("กรุณากรอกอีเมลหรือเบอร์มือถือของผู้ที่จะเชิญ"));

        HttpResponse<String> invited = officer.post(
                "/officer/fund-managers/" + fundA,
                Map.of("login", "manager-a@example.org", "displayName", "สมชาย ใจดี"));
        assertEquals(303, invited.getStatus().getCode(), PortalSession.body(invited));
        assertTrue(invited.header("Location").contains("done=invited"));
        List<String[]> mails = mails("manager-a@example.org");
        assertEquals(1, mails.size(), "one invitation");
        assertTrue(mails.get(0)[1].contains("กองทุนชุมชน " + FUND_A) && mails.get(0)[1].contains("community fund"));
        Matcher link = Pattern.compile("/reset/([A-Za-z0-9_-]+)").matcher(mails.get(0)[1]);
        assertTrue(link.find(), mails.get(0)[1]);
        PortalSession setting = new PortalSession(client);
        assertEquals(
                303,
                setting.post("/reset/" + link.group(1), Map.of("password", PASSWORD))
                        .getStatus()
                        .getCode());

        managerA = signIn("manager-a@example.org", PASSWORD, "/fund");
        String home = PortalSession.body(managerA.get("/fund"));
        assertTrue(home.contains(FUND_A), home);
        assertFalse(home.contains(FUND_B), "only their own fund");
        assertTrue(PortalSession.body(officer.get("/officer/fund-managers")).contains("สมชาย ใจดี"));
        assertEquals(1, audits("fund-manager.appoint", "fund:" + fundA));
    }

    @Test
    @Order(2)
    void aPersonWithAPlainAccountIsAppointedAtOnceAndAProducerIsRefused() {
        managerB = accounts.register(new SignUp("manager-b@example.org", PASSWORD, "มานะ รักดี", Role.CONSUMER, false));
        HttpResponse<String> appointed =
                officer.post("/officer/fund-managers/" + fundB, Map.of("login", "manager-b@example.org"));
        assertEquals(303, appointed.getStatus().getCode(), PortalSession.body(appointed));
        assertEquals(
                Role.FUND_MANAGER, accounts.find(managerB.id()).orElseThrow().role());
        assertTrue(mails("manager-b@example.org").get(0)[0].contains("You now manage the community fund"));

        HttpResponse<String> producer =
                officer.post("/officer/fund-managers/" + fundB, Map.of("login", "fund-weaver@example.com"));
        assertEquals(422, producer.getStatus().getCode());
        assertTrue(PortalSession.body(producer).contains("เป็นผู้จัดการกองทุนไม่ได้"), PortalSession.body(producer));
        HttpResponse<String> twice =
                officer.post("/officer/fund-managers/" + fundA, Map.of("login", "manager-b@example.org"));
        assertEquals(422, twice.getStatus().getCode(), "a manager runs one fund");
        assertEquals(fundB, fundManagers.fundOf(managerB.id()).orElseThrow());
        assertEquals(1, fundManagers.managersOf(fundB).size(), "nothing half-saved");
    }

    @Test
    @Order(3)
    void theMembersAreTheFundsProducersAndOutlets() {
        String page = PortalSession.body(managerA.get("/fund/members"));
        assertTrue(page.contains("กลุ่มทอผ้าท่าสว่าง") && page.contains(outletA.nameTh()), page);
        assertFalse(page.contains(outletB.nameTh()), "not another fund's outlet");
    }

    @Test
    @Order(4)
    void theManagerGrantsAndChangesALineWithinTheRules() {
        String line = "/fund/credit/" + outletA.publicId();
        assertEquals(200, managerA.get(line).getStatus().getCode());
        HttpResponse<String> granted = managerA.post(line, Map.of("limit", "5,000", "netDays", "30"));
        assertEquals(303, granted.getStatus().getCode(), PortalSession.body(granted));
        CreditStatus status = credit.status(outletA.id());
        assertEquals(500_000, status.limitSatang());
        assertEquals(30, status.netDays());
        assertEquals(1, audits("fund.credit.grant", "outlet:" + outletA.publicId()));

        HttpResponse<String> tooMuch = managerA.post(line, Map.of("limit", "200000000", "netDays", "30"));
        assertEquals(422, tooMuch.getStatus().getCode());
        assertTrue(PortalSession.body(tooMuch).contains("ไม่เกิน 100,000,000.00 บาท"), PortalSession.body(tooMuch));
        managerA.setCookie("lang", "en");
        HttpResponse<String> unreadable = managerA.post(line, Map.of("limit", "lots", "netDays", "a month"));
        managerA.setCookie("lang", "th");
        assertEquals(422, unreadable.getStatus().getCode());
        String body = PortalSession.body(unreadable);
        assertTrue(
                body.contains("The credit limit must be an amount in baht")
                        && body.contains("The days to pay must be a whole number"),
                "every field at once, in English: " + body);
        HttpResponse<String> tooLong = managerA.post(line, Map.of("limit", "5000", "netDays", "200"));
        assertEquals(422, tooLong.getStatus().getCode());
        assertTrue(PortalSession.body(tooLong).contains("ไม่เกิน 120 วัน"));
        assertEquals(500_000, credit.status(outletA.id()).limitSatang(), "nothing saved");

        assertEquals(
                303,
                managerA.post(line, Map.of("limit", "3000", "netDays", "15"))
                        .getStatus()
                        .getCode());
        assertEquals(300_000, credit.status(outletA.id()).limitSatang());
        assertEquals(1, audits("fund.credit.change", "outlet:" + outletA.publicId()));
    }

    @Test
    @Order(5)
    void anotherFundsOutletIsNotFound() {
        String other = "/fund/credit/" + outletB.publicId();
        assertEquals(404, managerA.get(other).getStatus().getCode());
        assertEquals(
                404,
                managerA.post(other, Map.of("limit", "1000", "netDays", "30"))
                        .getStatus()
                        .getCode());
        assertEquals(404, managerA.post(other + "/close", Map.of()).getStatus().getCode());
        assertFalse(credit.status(outletB.id()).exists(), "no line for another fund's outlet");
        assertFalse(PortalSession.body(managerA.get("/fund/credit")).contains(outletB.nameTh()));
    }

    @Test
    @Order(6)
    void theOutletBuysOnNetTermsWithinTheHeadroomOnly() {
        PurchaseOrder po = place(buyerA, 12, PaymentTerms.NET_TERMS);
        invoice = po.invoice();
        assertNotNull(invoice, "invoiced to the fund's line");
        assertEquals(216_000, invoice.amountSatang());
        assertEquals(fundA, invoice.fundId());
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> place(buyerA, 12, PaymentTerms.NET_TERMS));
        assertTrue(
                refused.errors().stream().anyMatch(e -> e.messageTh().contains("เกินวงเงินเครดิตคงเหลือ 840.00 บาท")),
                refused.errors().toString());
        assertTrue(PortalSession.body(managerA.get("/fund/credit/" + outletA.publicId()))
                .contains(invoice.number()));
    }

    @Test
    @Order(7)
    void aClosedLineRefusesNetTermsUntilTheFundOpensItAgain() {
        String line = "/fund/credit/" + outletA.publicId();
        assertEquals(303, managerA.post(line + "/close", Map.of()).getStatus().getCode());
        assertTrue(credit.status(outletA.id()).closed());
        assertEquals(216_000, credit.status(outletA.id()).usedSatang(), "what is owed stays owed");
        assertTrue(PortalSession.body(managerA.get(line)).contains("ปิดวงเงินแล้ว"));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> place(buyerA, 12, PaymentTerms.NET_TERMS));
        assertTrue(
                refused.errors().stream()
                        .anyMatch(e -> e.messageEn().contains("The community fund closed the outlet's credit line")),
                refused.errors().toString());
        assertEquals(1, audits("fund.credit.close", "outlet:" + outletA.publicId()));

        assertEquals(
                303,
                managerA.post(line, Map.of("limit", "3000", "netDays", "15"))
                        .getStatus()
                        .getCode());
        assertFalse(credit.status(outletA.id()).closed(), "opened again");
    }

    @Test
    @Order(8)
    void repaymentsAreRecordedNeverAboveWhatIsOwed() {
        String page = "/fund/invoices/" + invoice.publicId();
        assertTrue(PortalSession.body(managerA.get(page)).contains(invoice.number()));
        HttpResponse<String> over =
                managerA.post(page + "/repayments", Map.of("amount", "3000", "reference", "โอน 0001"));
        assertEquals(422, over.getStatus().getCode());
        assertTrue(PortalSession.body(over).contains("ไม่เกินยอดค้าง 2,160.00 บาท"), PortalSession.body(over));
        HttpResponse<String> noReference =
                managerA.post(page + "/repayments", Map.of("amount", "100", "reference", ""));
        assertEquals(422, noReference.getStatus().getCode());
        assertTrue(PortalSession.body(noReference).contains("กรุณากรอกเลขที่อ้างอิงการชำระ"));
        assertEquals(0, credit.invoice(invoice.publicId()).orElseThrow().repaidSatang(), "nothing half-saved");

        HttpResponse<String> repaid =
                managerA.post(page + "/repayments", Map.of("amount", "1,000", "reference", "โอน 0001"));
        assertEquals(303, repaid.getStatus().getCode(), PortalSession.body(repaid));
        invoice = credit.invoice(invoice.publicId()).orElseThrow();
        assertEquals(100_000, invoice.repaidSatang());
        assertEquals(116_000, credit.receivableOf(outletA.id()), "the ledger owes what the invoices say");
        assertTrue(PortalSession.body(managerA.get(page)).contains("โอน 0001"));
        assertEquals(1, audits("fund.repayment", "invoice:" + invoice.publicId()));
    }

    @Test
    @Order(9)
    void anotherFundsInvoiceIsNotFound() {
        desk.grant(managerB.id(), outletB.publicId(), 1_000_000, 30);
        invoiceOfB = place(buyerB, 12, PaymentTerms.NET_TERMS).invoice();
        String other = "/fund/invoices/" + invoiceOfB.publicId();
        assertEquals(404, managerA.get(other).getStatus().getCode());
        assertEquals(
                404,
                managerA.post(other + "/repayments", Map.of("amount", "10", "reference", "x"))
                        .getStatus()
                        .getCode());
        assertEquals(0, credit.invoice(invoiceOfB.publicId()).orElseThrow().repaidSatang());
    }

    @Test
    @Order(10)
    void overdueInvoicesAreListedLongestFirst() {
        assertTrue(PortalSession.body(managerA.get("/fund/overdue")).contains("ไม่มีใบแจ้งหนี้เกินกำหนด"));
        LocalDate due = LocalDate.now(BANGKOK).minusDays(3);
        transactions.executeWrite(
                status -> jdbc.prepareStatement("UPDATE outlet_invoice SET due_on = ? WHERE public_id = ?", ps -> {
                    ps.setObject(1, due);
                    ps.setString(2, invoice.publicId());
                    return ps.executeUpdate();
                }));
        String page = PortalSession.body(managerA.get("/fund/overdue"));
        assertTrue(page.contains(invoice.number()) && page.contains("เกินมา 3 วัน"), page);
        assertFalse(page.contains(invoiceOfB.number()), "not another fund's");
        assertEquals(1, credit.status(outletA.id()).overdueInvoices());
    }

    @Test
    @Order(11)
    void theContributionsAndTheStatementsCarryTheFiguresOfTheFundAlone() throws Exception {
        String contributions = PortalSession.body(managerA.get("/fund/contributions"));
        assertTrue(contributions.contains("฿21.60") && contributions.contains("กลุ่มทอผ้าท่าสว่าง"), contributions);

        String month = YearMonth.now(BANGKOK).toString();
        String csv =
                new String(download("/fund/statement.csv?month=" + month), java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertTrue(rows.stream()
                .anyMatch(r -> r.get("kind").equals("credit_drawn")
                        && r.get("reference").equals(invoice.number())
                        && r.get("amount_baht").equals("2160.00")));
        assertTrue(rows.stream()
                .anyMatch(r -> r.get("kind").equals("repayment")
                        && r.get("amount_baht").equals("1000.00")));
        assertTrue(rows.stream()
                .anyMatch(r -> r.get("kind").equals("contribution")
                        && r.get("amount_baht").equals("21.60")));
        assertTrue(rows.stream()
                .anyMatch(r -> r.get("kind").equals("total_outstanding")
                        && r.get("outstanding_baht").equals("1160.00")));
        assertFalse(csv.contains(outletB.nameTh()) || csv.contains(invoiceOfB.number()), "only this fund's");

        String pdf;
        try (PDDocument document = Loader.loadPDF(download("/fund/statement.pdf?month=" + month))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
        assertTrue(pdf.contains("รายงานกองทุนชุมชน") && pdf.contains(FUND_A), pdf);
        assertTrue(pdf.contains(invoice.number()) && pdf.contains("2,160.00") && pdf.contains("1,000.00"), pdf);
        assertTrue(pdf.contains("1,160.00"), "outstanding: " + pdf);
        assertFalse(pdf.contains(invoiceOfB.number()), pdf);
    }

    @Test
    @Order(12)
    void onlyFundManagersOpenTheFundPagesAndARemovedManagerIsSignedOut() {
        PortalSession producer = signIn("fund-weaver@example.com", "รหัสผ่านยาวพอ123", "/dashboard");
        HttpResponse<String> refused = producer.get("/fund");
        assertEquals(403, refused.getStatus().getCode());
        assertTrue(PortalSession.body(refused).contains("ผู้จัดการกองทุนชุมชน"), "the page names the role");
        assertNotEquals(200, new PortalSession(client).get("/fund").getStatus().getCode());

        PortalSession b = signIn("manager-b@example.org", PASSWORD, "/fund");
        assertEquals(200, b.get("/fund").getStatus().getCode());
        String publicId = managerB.publicId();
        assertEquals(
                303,
                officer.post("/officer/fund-managers/" + fundB + "/" + publicId + "/remove", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(Role.CONSUMER, accounts.find(managerB.id()).orElseThrow().role());
        assertNotEquals(200, b.get("/fund").getStatus().getCode(), "signed out everywhere");
        assertEquals(1, audits("fund-manager.remove", "account:" + publicId));
    }

    private Outlet outlet(String login, String name, long fundId) {
        return new Buyers(context).verifiedOutlet(login, name, fundId).outlet();
    }

    private PurchaseOrder place(OutletMember member, int quantity, PaymentTerms terms) {
        return new Buyers(context).purchase(member, scarf.id(), quantity, terms);
    }

    private PortalSession signIn(String login, String password, String home) {
        PortalSession session = new PortalSession(client);
        HttpResponse<String> signedIn = session.post("/signin", Map.of("login", login, "password", password));
        assertEquals(303, signedIn.getStatus().getCode(), PortalSession.body(signedIn));
        assertEquals(home, signedIn.header("Location"), "lands on its own desk");
        return session;
    }

    private byte[] download(String path) {
        HttpResponse<byte[]> response = client.toBlocking()
                .exchange(
                        HttpRequest.GET(path)
                                .header(
                                        "Cookie",
                                        "JWT=" + managerA.cookie("JWT").orElseThrow()),
                        byte[].class);
        assertEquals(200, response.getStatus().getCode());
        return response.body();
    }

    /** Audit entries of this action whose subject or detail is {@code about}. */
    private long audits(String action, String about) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT COUNT(*) FROM audit_log WHERE action = ? AND (subject = ? OR detail = ?)", ps -> {
                    ps.setString(1, action);
                    ps.setString(2, about);
                    ps.setString(3, about);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    private List<String[]> mails(String recipient) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT subject, body FROM notification_outbox WHERE recipient = ? ORDER BY id", ps -> {
                    ps.setString(1, recipient);
                    List<String[]> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                    return found;
                }));
    }
}
