package th.otop.sellerportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.devstack.AddressPickerSteps;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * A producer on a phone fills in a form, leaves the page open until its security token has expired, then presses
 * save: they land on the same form with everything they typed filled in again (lists that a script fills after an
 * earlier choice included) and a message to press save once more, and that press saves.
 */
@MicronautTest(transactional = false)
class ExpiredFormBrowserIntegrationTest implements RealServices {
    private static final String PASSWORD = "ยังจำได้2569";
    private static final String TITLE = "ผ้าไหม & ลายขิด \"พิเศษ\"";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Products products;

    @Inject
    Accounts accounts;

    @Test
    void theFormComesBackFilledInAndOneMorePressSavesIt() {
        PortalSession producer = PortalSession.newProducer(client, "kept-form@example.com", "ร้านแบบฟอร์มค้าง");
        String base = "http://localhost:" + server.getPort();
        ChromeDriver driver = signedIn(producer, base);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(base + "/listings/new");
            driver.findElement(By.id("titleTh")).sendKeys(TITLE);
            new Select(driver.findElement(By.id("category"))).selectByValue("CLOTH");
            type(driver, "price", "1200");
            type(driver, "stock", "4");
            type(driver, "unitTh", "ผืน");
            // an hour later the token's cookie has expired
            driver.manage().deleteCookieNamed(PortalSession.CSRF_COOKIE);
            driver.findElement(By.cssSelector("#listing-form button[type=submit]"))
                    .click();

            WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#listing-form > p.error[role=alert]")));
            assertEquals(base + "/listings/new", driver.getCurrentUrl(), "back on the same form");
            assertTrue(note.getText().contains("กรุณาตรวจดูแล้วกดบันทึกอีกครั้ง"), note.getText());
            assertEquals(TITLE, driver.findElement(By.id("titleTh")).getAttribute("value"));
            assertEquals(
                    "CLOTH",
                    new Select(driver.findElement(By.id("category")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            assertEquals("1200", driver.findElement(By.id("price")).getAttribute("value"));
            assertEquals("ผืน", driver.findElement(By.id("unitTh")).getAttribute("value"));
            assertTrue(
                    products.listByProducer(new Buyers(context).producerOf("kept-form@example.com"))
                            .isEmpty(),
                    "nothing was saved by the refused press");

            driver.findElement(By.cssSelector("#listing-form button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlMatches("/listings/[A-Za-z0-9_-]+$"));
            List<Product> saved = products.listByProducer(new Buyers(context).producerOf("kept-form@example.com"));
            assertEquals(1, saved.size(), "one more press saved the listing");
            assertEquals(TITLE, saved.get(0).titleTh());
        } finally {
            driver.quit();
        }
    }

    @Test
    void aNewShopsAddressComesBackDownToItsSubdistrict() {
        accounts.register(new SignUp("kept-shop@example.com", PASSWORD, "สมใจ", Role.PRODUCER, false));
        PortalSession session = new PortalSession(client);
        session.post("/signin", Map.of("login", "kept-shop@example.com", "password", PASSWORD));
        String base = "http://localhost:" + server.getPort();
        ChromeDriver driver = signedIn(session, base);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(base + "/shop");
            new Select(driver.findElement(By.id("kind"))).selectByValue("OCCUPATIONAL_GROUP");
            driver.findElement(By.id("nameTh")).sendKeys("กลุ่มจักสานบ้านโคก");
            AddressPickerSteps.pick(driver, 32, "เมืองสุรินทร์", "ท่าสว่าง");
            driver.findElement(By.id("promptPayId")).sendKeys("0812345678");
            driver.manage().deleteCookieNamed(PortalSession.CSRF_COOKIE);
            By save = By.cssSelector("form.form > button[type=submit]:not(.visually-hidden)");
            driver.findElement(save).click();

            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.form > p.error[role=alert]")));
            assertEquals(base + "/shop", driver.getCurrentUrl());
            assertEquals(
                    "กลุ่มจักสานบ้านโคก", driver.findElement(By.id("nameTh")).getAttribute("value"));
            wait.until(d -> "ท่าสว่าง".equals(selected(d.findElement(By.id("subdistrict")))));
            assertEquals("32", selected(driver.findElement(By.id("provinceId"))));
            assertEquals("เมืองสุรินทร์", selected(driver.findElement(By.id("district"))));
            assertNull(shopOf("kept-shop@example.com"), "no shop yet");

            driver.findElement(save).click();
            wait.until(ExpectedConditions.urlToBe(base + "/dashboard"));
            assertNotNull(shopOf("kept-shop@example.com"), "one more press made the shop");
        } finally {
            driver.quit();
        }
    }

    /** A phone-sized Chromium signed in as the session's account. */
    private static ChromeDriver signedIn(PortalSession session, String base) {
        ChromeDriver driver = HeadlessChromium.start("th-TH,th");
        driver.get(base + "/signin");
        driver.manage().addCookie(new Cookie("JWT", session.cookie("JWT").orElseThrow(), "/"));
        return driver;
    }

    private ProducerId shopOf(String login) {
        return accounts.authenticate(login, PASSWORD).orElseThrow().producerId();
    }

    private static String selected(WebElement select) {
        return new Select(select).getFirstSelectedOption().getAttribute("value");
    }

    private static void type(ChromeDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
