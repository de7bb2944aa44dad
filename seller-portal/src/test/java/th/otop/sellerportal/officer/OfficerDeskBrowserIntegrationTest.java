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
import java.util.List;
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
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
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
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.RealServices;

/**
 * An officer on a phone-sized headless Chromium, in Thai: signs in, sees the producer waiting on the desk,
 * verifies it, records a 4-star grade with a Buddhist-era year, and opens the reports. Screenshots go to
 * {@code target/screenshots/officer-*.png}.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class OfficerDeskBrowserIntegrationTest implements RealServices {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    Products products;

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
    void anOfficerVerifiesAProducerAndGradesAListingOnAPhone() throws IOException {
        ProducerId producer = producers.register(new ProducerProfile(
                ProducerKind.COMMUNITY_ENTERPRISE,
                "วิสาหกิจชุมชนกาแฟบ้านป่าแดด",
                "Ban Pa Daet Coffee",
                "กาแฟอราบิกาปลูกใต้ร่มไม้ ดอยสะเก็ด",
                null,
                50,
                "ดอยสะเก็ด",
                "ป่าป้อง",
                null,
                "บ้านป่าแดด",
                "0812345678",
                null,
                "0812345678",
                true));
        ProductId coffee = products.create(
                producer,
                new ProductDraft(
                        "กาแฟอราบิกาคั่วกลาง",
                        "Medium roast Arabica",
                        null,
                        null,
                        Category.BEVERAGE,
                        25_000,
                        20,
                        "ถุง",
                        "bag",
                        250,
                        2));
        accounts.register(
                new SignUp("officer@example.com", OfficerSessions.PASSWORD, "สมชาย เจ้าหน้าที่", Role.OFFICER, false));

        open("/language/th");
        open("/signin");
        driver.findElement(By.id("login")).sendKeys("officer@example.com");
        driver.findElement(By.id("password")).sendKeys(OfficerSessions.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();

        open("/officer");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("เจ้าหน้าที่ พช."));
        assertTrue(driver.getPageSource().contains("วิสาหกิจชุมชนกาแฟบ้านป่าแดด"));
        screenshot("officer-01-desk");

        driver.findElement(By.linkText("ตรวจสอบและตัดสินใจ")).click();
        screenshot("officer-02-producer");
        driver.findElement(By.id("verify-note")).sendKeys("เอกสารครบถ้วน");
        assertTrue(driver.findElement(By.cssSelector(".promptpay-id")).getText().contains("0812345678"));
        driver.findElement(By.xpath("//button[text()='ยืนยันร้าน']")).click();
        waitForText("ยืนยันร้านแล้ว ส่งอีเมลแจ้งผลพร้อมหมายเหตุของคุณแล้ว");
        assertTrue(driver.getCurrentUrl().endsWith("#done"), "the page opens at the result: " + driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("done")).isDisplayed());
        screenshot("officer-02b-verified");
        assertEquals(
                Verification.VERIFIED, producers.find(producer).orElseThrow().verification());
        products.publish(producer, coffee);

        String listing = products.find(coffee).orElseThrow().publicId();
        new Select(driver.findElement(By.id("stars-" + listing))).selectByValue("4");
        driver.findElement(By.id("year-" + listing)).clear();
        driver.findElement(By.id("year-" + listing)).sendKeys("2568");
        driver.findElement(By.xpath("//button[text()='บันทึกระดับดาว']")).click();
        waitForText("บันทึกระดับดาวแล้ว");
        assertTrue(driver.getCurrentUrl().endsWith("#done"), driver.getCurrentUrl());
        assertEquals(Grading.of(4, 2025), products.find(coffee).orElseThrow().grading());
        assertTrue(driver.getPageSource().contains("4 ดาว · 2568"));
        screenshot("officer-03-graded");

        open("/officer/reports");
        assertTrue(driver.findElements(By.cssSelector("figure.chart svg")).size() >= 3, "server-drawn charts");
        screenshot("officer-04-reports");
        open("/officer/reports#sales");
        screenshot("officer-05-report-charts");
        open("/officer/audit");
        List.of("producer.verified", "product.grade")
                .forEach(action -> assertTrue(driver.getPageSource().contains(action), action));
        screenshot("officer-06-audit");

        open("/officer/producers/" + producers.find(producer).orElseThrow().publicId());
        driver.findElement(By.linkText("ระงับ…")).click();
        waitForText("ระงับ วิสาหกิจชุมชนกาแฟบ้านป่าแดด ใช่ไหม");
        assertEquals(
                Verification.VERIFIED,
                producers.find(producer).orElseThrow().verification(),
                "the step before suspending changes nothing");
        driver.findElement(By.id("suspend-note")).sendKeys("ขายสินค้าที่ไม่ได้ผลิตเอง");
        screenshot("officer-07-suspend-confirm");
        driver.findElement(By.xpath("//button[text()='ใช่ ระงับ']")).click();
        waitForText("ระงับร้านแล้ว ส่งอีเมลแจ้งผลพร้อมเหตุผลของคุณแล้ว");
        assertEquals(
                Verification.SUSPENDED, producers.find(producer).orElseThrow().verification());
    }

    /** Waits for the page after a form post, which replaces the document. */
    private void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> d.getPageSource().contains(text));
    }

    private void open(String path) {
        driver.get(server.getURL() + path);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
