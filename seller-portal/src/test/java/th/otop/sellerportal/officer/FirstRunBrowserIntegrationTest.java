package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.demo.DemoAccounts;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.devstack.AddressPickerSteps;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.RealServices;

/**
 * A first run with demo data, as {@code infra/run} starts it, on a phone-sized headless Chromium in Thai: a new shop
 * signs up and waits; the demo officer, with the sign-in details {@code infra/run} prints, finds the officers' note on
 * the sign-in page, signs in, lands on the desk and verifies the new shop, which then sees it is verified. Screenshots
 * go to {@code target/screenshots/first-run-*.png}.
 */
@MicronautTest(transactional = false)
@Property(name = "otop.demo-data", value = "true")
class FirstRunBrowserIntegrationTest implements RealServices {
    private static final String SHOP_LOGIN = "baan.rai@example.com";
    private static final String SHOP_PASSWORD = "ข้าวหอมมะลิ2569";

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    private WebDriver driver;
    private Path screenshots;

    @BeforeAll
    void startBrowser() throws IOException {
        driver = HeadlessChromium.start("th-TH");
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        screenshots = HeadlessChromium.screenshots();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theDemoOfficerVerifiesANewShop() throws IOException {
        open("/language/th");
        open("/signup");
        driver.findElement(By.id("displayName")).sendKeys("ประยูร บ้านไร่");
        driver.findElement(By.id("login")).sendKeys(SHOP_LOGIN);
        driver.findElement(By.id("password")).sendKeys(SHOP_PASSWORD);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        arrivesAt("/shop");
        new Select(driver.findElement(By.id("kind"))).selectByValue("COMMUNITY_ENTERPRISE");
        driver.findElement(By.id("nameTh")).sendKeys("วิสาหกิจชุมชนข้าวหอมมะลิบ้านไร่");
        AddressPickerSteps.pick(driver, 32, "เมืองสุรินทร์", "ท่าสว่าง");
        driver.findElement(By.id("promptPayId")).sendKeys("0812345670");
        driver.findElement(By.cssSelector("form.form > button[type=submit]:not(.visually-hidden)"))
                .click();
        arrivesAt("/dashboard");
        assertTrue(driver.findElement(By.cssSelector(".banner")).getText().contains("รอเจ้าหน้าที่ พช. ยืนยันร้าน"));
        ProducerId shop = accounts.findByLogin(SHOP_LOGIN).orElseThrow().producerId();
        Producer waiting = producers.find(shop).orElseThrow();
        assertEquals(Verification.PENDING, waiting.verification());

        // the officer on another phone
        driver.manage().deleteAllCookies();
        open("/language/th");
        open("/signin");
        assertTrue(
                driver.findElement(By.id("officers")).getText().contains("เจ้าหน้าที่ พช. เข้าสู่ระบบที่หน้านี้"),
                "the sign-in page tells officers where they sign in");
        screenshot("first-run-01-sign-in");
        DemoAccounts.SignIn officer = DemoAccounts.signIn("officer");
        driver.findElement(By.id("login")).sendKeys(officer.email());
        driver.findElement(By.id("password")).sendKeys(officer.password());
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        arrivesAt("/officer");
        assertTrue(driver.getPageSource().contains("วิสาหกิจชุมชนข้าวหอมมะลิบ้านไร่"), "the new shop is on the desk");
        screenshot("first-run-02-officer-desk");

        driver.findElement(By.cssSelector("a[href='/officer/producers/" + waiting.publicId() + "']"))
                .click();
        driver.findElement(By.id("verify-note")).sendKeys("ตรวจเอกสารวิสาหกิจชุมชนแล้ว");
        driver.findElement(By.cssSelector("form[action*='/verify'] button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> producers.find(shop).orElseThrow().verification() == Verification.VERIFIED);
        screenshot("first-run-03-verified");

        driver.manage().deleteAllCookies();
        open("/signin");
        driver.findElement(By.id("login")).sendKeys(SHOP_LOGIN);
        driver.findElement(By.id("password")).sendKeys(SHOP_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        arrivesAt("/dashboard");
        assertTrue(
                driver.findElements(By.cssSelector(".banner")).stream()
                        .noneMatch(banner -> banner.getText().contains("รอเจ้าหน้าที่ พช. ยืนยันร้าน")),
                "the shop no longer waits for verification");
    }

    private void arrivesAt(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().endsWith(path));
    }

    private void open(String path) {
        driver.get(server.getURL() + path);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
