package th.otop.sellerportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.RealServices;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;
import th.otop.sellerportal.support.StripeStub;

/**
 * The community economy's loop in a phone-sized headless Chromium, in Thai, each step typed and tapped by the role
 * whose job it is: the officer's programme and confirmations, the producer's declarations and refund, the fund
 * manager's credit line and repayment, finance's payout. The outlet's and the consumer's purchases go through the
 * orders library, as the storefront does; Stripe's server is stubbed at its HTTP address. Screenshots of each step go
 * to {@code target/screenshots/community-loop-*}.
 */
@MicronautTest(transactional = false)
class CommunityEconomyBrowserIntegrationTest implements RealServices {
    private static final String PASSWORD = "รหัสผ่านยาวพอ123";
    private static final int SURIN = 32;

    private StripeStub stripe;
    private Map<String, String> properties;
    private WebDriver driver;
    private Path screenshots;

    @Inject
    EmbeddedServer server;

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
    FundManagers fundManagers;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    CreditLines credit;

    @Inject
    Orders orders;

    @Inject
    Ledger ledger;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            stripe = new StripeStub();
            properties = stripe.configure(RealServices.super.getProperties());
        }
        return properties;
    }

    @BeforeAll
    void startBrowser() throws IOException {
        driver = HeadlessChromium.start("th-TH");
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        screenshots = HeadlessChromium.screenshots();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        stripe.stop();
    }

    @Test
    void theLoopByEachRoleInTheBrowser() throws IOException {
        Buyers buyers = new Buyers(context);
        long fund = community.addFund(FundKind.SAVINGS_GROUP, "กลุ่มออมทรัพย์บ้านโคกกระเพอ", null, SURIN);
        PortalSession shop = PortalSession.newProducer(client, "browser-loop@example.com", "กลุ่มทอผ้าโคกกระเพอ");
        ProducerId producer = buyers.producerOf("browser-loop@example.com");
        buyers.verify(producer);
        Product scarf = buyers.publish(producer, shop.newListing("ผ้าไหมลายโคกกระเพอ", "900", "100"));
        String producerCode = producers.find(producer).orElseThrow().publicId();
        accounts.register(new SignUp("browser-officer@example.com", PASSWORD, "เจ้าหน้าที่ พช.", Role.OFFICER, false));
        accounts.register(new SignUp("browser-finance@example.com", PASSWORD, "การเงิน", Role.ADMIN, false));

        // the officer creates the village's programme and registers a household
        signIn("browser-officer@example.com");
        open("/officer/programmes");
        new Select(driver.findElement(By.id("provinceId"))).selectByValue(String.valueOf(SURIN));
        type("district", "เมืองสุรินทร์");
        type("subdistrict", "นาบัว");
        type("village", "บ้านโคกกระเพอ");
        type("sageName", "นายสมพร รู้ทำ");
        type("trainer1", "นางทองม้วน");
        type("trainer2", "นายสุข");
        type("occupations", "ทอผ้าไหม, ย้อมคราม");
        type("startedYear", "2562");
        screenshot("01-officer-new-programme");
        submit("programme-form");
        arrives(".*/officer/programmes/\\d+$");
        String programmePage = driver.getCurrentUrl();
        long programme = Long.parseLong(programmePage.replaceAll(".*/", ""));
        type("headName", "นางคำพอง ทอสวย");
        tap("standing-BELOW_INCOME");
        type("occupation", "ทอผ้า");
        submit("household-form");
        awaitText("done", "ลงทะเบียนครัวเรือนแล้ว");
        screenshot("02-officer-programme-register");

        // the producer declares its group from the programme and its fund from the registry; both wait
        signIn("browser-loop@example.com");
        open("/community");
        type("groupNameTh", "กลุ่มทอผ้าไหมโคกกระเพอ");
        new Select(driver.findElement(By.id("programme"))).selectByValue(String.valueOf(programme));
        type("households", "15");
        submit("group-form");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/community"));
        new Select(driver.findElement(By.id("fund"))).selectByValue(String.valueOf(fund));
        submit("fund-form");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getPageSource().split("รอเจ้าหน้าที่ยืนยัน", -1).length - 1 == 2);
        screenshot("03-producer-links-pending");
        assertFalse(directory.product(scarf.publicId()).orElseThrow().linkages().fundLinked());

        // the officer confirms both on the producer's page; only now the product shows them
        signIn("browser-officer@example.com");
        long group =
                community.declaredLinkagesOf(producer).groups().get(0).group().id();
        open("/officer/producers/" + producerCode);
        driver.findElement(By.cssSelector("#link-group-" + group + " form.inline button[type=submit]"))
                .click();
        awaitText("link-group-" + group, "รับรองแล้ว");
        driver.findElement(By.cssSelector("#link-fund-" + fund + "-member form.inline button[type=submit]"))
                .click();
        awaitText("link-fund-" + fund + "-member", "รับรองแล้ว");
        screenshot("04-officer-links-confirmed");
        var linkage = directory.product(scarf.publicId()).orElseThrow().linkages();
        assertTrue(linkage.sammachipLinked() && linkage.fundLinked());

        // the fund's manager grants the outlet a line and records its repayment
        accounts.register(new SignUp("browser-manager@example.com", PASSWORD, "ผู้จัดการกองทุน", Role.CONSUMER, false));
        long officerId = accounts.findByLogin("browser-officer@example.com")
                .orElseThrow()
                .id();
        fundManagers.appoint(officerId, fund, "browser-manager@example.com", "", Duration.ofHours(1));
        Buyers.OutletBuyer sukjai =
                buyers.verifiedOutlet("browser-outlet@sukjai.example", "ร้านประชารัฐสุขใจ นาบัว", fund);
        Outlet outlet = sukjai.outlet();
        catalogue.set(producer, new WholesaleTerms(scarf.id(), 5, 5, true, List.of(new PriceTier(5, 80_000))));
        signIn("browser-manager@example.com");
        open("/fund/credit/" + outlet.publicId());
        type("limit", "8,000");
        type("netDays", "30");
        screenshot("05-fund-manager-credit-line");
        driver.findElement(By.id("limit")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> credit.status(outlet.id()).exists());
        Invoice invoice = buyers.purchase(sukjai.owner(), scarf.id(), 5, PaymentTerms.NET_TERMS)
                .invoice();
        open("/fund/invoices/" + invoice.publicId());
        type("amount", "4,000");
        type("reference", "ธกส. 4455");
        driver.findElement(By.id("amount")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> credit.status(outlet.id()).usedSatang() == invoice.amountSatang() - 400_000);
        screenshot("06-fund-manager-repayment");
        assertEquals(0, ledger.sumOfAll());

        // a consumer's card order; the producer ships it and refunds one of the three scarves
        Order sale = buyers.delivered(buyers.paidByCard(scarf.publicId(), 3));
        signIn("browser-loop@example.com");
        open("/orders/" + sale.publicId());
        type("refund-quantity-0", "1");
        type("refund-reason", "ผ้ามีรอยด่าง 1 ผืน");
        screenshot("07-producer-refund");
        submit("refund-form");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> orders.forProducer(producer, sale.id()).refundedSatang() == 90_000);
        assertEquals(0, ledger.sumOfAll());

        // finance pays the producer what it is owed
        long owed = ledger.balanceOf(producer);
        assertTrue(owed > 0, "the card sale, less the refund and fees, is owed");
        signIn("browser-finance@example.com");
        open("/officer/payouts");
        String row = driver.findElement(By.cssSelector("input[type=hidden][value='" + producerCode + "']"))
                .getAttribute("name")
                .replace("producer.", "");
        tap("pay-" + row);
        assertEquals(
                java.math.BigDecimal.valueOf(owed, 2).toPlainString(),
                driver.findElement(By.id("amount-" + row)).getAttribute("value"),
                "the amount starts at what is owed");
        type("reference-" + row, "KTB-BROWSER-01");
        screenshot("08-finance-payout");
        submit("payout-form");
        awaitText("recorded", "บันทึกการโอน 1 รายการแล้ว");
        assertEquals(0, ledger.balanceOf(producer), "paid out to the satang");
        assertEquals(0, ledger.sumOfAll());
    }

    /** A fresh session of the account, on Thai pages. */
    private void signIn(String login) {
        driver.manage().deleteAllCookies();
        open("/language/th");
        open("/signin");
        type("login", login);
        type("password", PASSWORD);
        driver.findElement(By.id("password")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("/signin"));
    }

    /** Waits for the address; if it never comes, the failure shows the page that came instead. */
    private void arrives(String regex) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(regex));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "expected " + regex + ", still at " + driver.getCurrentUrl() + ":\n"
                            + driver.findElements(By.cssSelector(".error, .notice")).stream()
                                    .map(WebElement::getText)
                                    .toList(),
                    e);
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + server.getPort() + path);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Radio buttons and boxes are styled behind their labels; a script tap is the user's tap on the label. */
    private void tap(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElement(By.id(id)));
    }

    private void submit(String formId) {
        WebElement button = driver.findElement(By.cssSelector("#" + formId + " button[type=submit]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void awaitText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void screenshot(String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve("community-loop-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
