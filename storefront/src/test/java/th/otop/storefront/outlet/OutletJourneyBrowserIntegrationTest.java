package th.otop.storefront.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.otop.catalog.account.Account;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.devstack.AddressPickerSteps;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.RealServices;
import th.otop.orders.wholesale.CreditLines;
import th.otop.webkit.security.SessionCookies;

/**
 * The outlet's journey in Debian's headless Chromium at phone width: sign up, wait for the officer, browse the wholesale
 * catalogue, put a purchase order together across three producers, be told a line is under its minimum, fix it, pay on
 * net terms and see the dashboard's charts. Screenshots go to {@code target/screenshots/outlet-*.png}; the console must
 * show no Content-Security-Policy violation.
 */
@MicronautTest(transactional = false)
class OutletJourneyBrowserIntegrationTest implements RealServices {
    static final Path SCREENSHOTS = HeadlessChromium.screenshots();

    @Inject
    EmbeddedServer server;

    @Inject
    OutletMother mother;

    @Inject
    SessionCookies sessions;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    CreditLines credit;

    @Test
    void anOutletSignsUpOrdersAcrossProducersAndSeesItsDashboard() throws Exception {
        OutletMother.World world = mother.world();
        Account account = mother.account("สมหญิง ร้านสุขใจ");
        ChromeDriver driver = HeadlessChromium.start("th-TH,th");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            String base = "http://localhost:" + server.getPort();
            driver.get(base + "/language/th");
            MutableHttpResponse<?> signedIn = sessions.signIn(account, HttpRequest.GET("/"), HttpResponse.ok());
            signedIn.getCookies().getAll().forEach(c -> driver.manage()
                    .addCookie(new Cookie(c.getName(), c.getValue(), "/")));

            driver.get(base + "/outlet/signup");
            driver.findElement(By.id("nameTh")).sendKeys("ร้านประชารัฐสุขใจ สุรินทร์");
            driver.findElement(By.id("address")).sendKeys("1 ถนนหลักเมือง");
            driver.findElement(By.id("operatorOrganisation")).sendKeys("บริษัทประชารัฐรักสามัคคีสุรินทร์");
            AddressPickerSteps.pick(driver, OutletMother.SURIN, "เมืองสุรินทร์", "ในเมือง");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("fundId")))
                    .selectByValue(String.valueOf(world.fund()));
            screenshot(driver, "outlet-1-signup");
            driver.findElement(By.cssSelector("form.form > button[type=submit]:not(.visually-hidden)"))
                    .click();
            wait.until(d -> d.getPageSource().contains("รอเจ้าหน้าที่ตรวจสอบ"));
            screenshot(driver, "outlet-2-pending");

            long outletId = members.of(account.id()).orElseThrow().outletId();
            outlets.decide(outletId, OutletStatus.VERIFIED, null);
            credit.extend(world.fund(), outletId, 2_000_000, 30);

            driver.get(base + "/outlet/catalogue");
            screenshot(driver, "outlet-3-catalogue");
            addToOrder(driver, wait, world.scarfId(), "12");
            driver.get(base + "/outlet/catalogue?draft=" + world.scarfId() + ":12");
            addToOrder(driver, wait, world.pasteId(), "12");
            driver.get(base + "/outlet/orders/new?draft=" + world.scarfId() + ":12," + world.pasteId() + ":12&add="
                    + world.basketId() + "&qty=10");
            driver.findElement(By.cssSelector("button.place-order")).click();
            // the form itself states the minimum, so wait for the answer's error, then read the page
            wait.until(d -> !d.findElements(By.id("err-" + world.pasteId())).isEmpty());
            assertTrue(driver.getPageSource().contains("สั่งขั้นต่ำ 24 ชิ้น"));
            assertTrue(driver.findElement(By.id("err-" + world.pasteId())).isDisplayed());
            screenshot(driver, "outlet-4-under-minimum");

            var paste = driver.findElement(By.id("qty-" + world.pasteId()));
            paste.clear();
            paste.sendKeys("24");
            driver.findElement(By.cssSelector("button.place-order")).click();
            wait.until(d -> d.getCurrentUrl().contains("placed=1"));
            assertTrue(driver.getPageSource().contains("7,145.30 บาท"));
            screenshot(driver, "outlet-5-placed");

            driver.get(base + "/outlet");
            assertEquals(
                    5,
                    driver.findElements(By.cssSelector("figure.chart svg")).size(),
                    "credit, share, producer, province and category charts");
            screenshot(driver, "outlet-6-dashboard");
            assertNoCspViolations(driver);
        } finally {
            driver.quit();
        }
    }

    private static void addToOrder(ChromeDriver driver, WebDriverWait wait, String product, String quantity) {
        var input = driver.findElement(By.id("qty-" + product));
        input.clear();
        input.sendKeys(quantity);
        input.findElement(By.xpath("ancestor::form//button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/outlet/orders/new"));
    }

    private static void screenshot(ChromeDriver driver, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        JavascriptExecutor js = driver;
        long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        long height = Math.min(
                8_000,
                ((Number) js.executeScript(
                                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                        .longValue());
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void assertNoCspViolations(ChromeDriver driver) {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertTrue(refused.isEmpty(), "CSP violations: " + refused);
    }
}
