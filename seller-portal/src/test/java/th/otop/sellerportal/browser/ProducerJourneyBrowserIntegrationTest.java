package th.otop.sellerportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.devstack.AddressPickerSteps;
import th.otop.devstack.HeadlessChromium;
import th.otop.devstack.RealServices;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.Photos;
import th.otop.sellerportal.web.Formats;

/**
 * A producer on a phone-sized headless Chromium: signs up, sets up the shop, sees the verification
 * banner, lists a product with two photos from files, publishes once an officer has verified the shop,
 * receives an order placed through the orders API, ships it with a tracking number and sees it on the sales
 * chart. Screenshots of each key page go to {@code target/screenshots/}.
 */
@MicronautTest(transactional = false)
class ProducerJourneyBrowserIntegrationTest implements RealServices {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    Products products;

    @Inject
    ApplicationContext context;

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
    void aProducerListsAProductPublishesItAfterVerificationAndShipsItsFirstOrder() throws IOException {
        open("/language/th"); // the Thai pages, whatever language the headless browser announces
        open("/signup");
        driver.findElement(By.id("displayName")).sendKeys("สมศรี ใจดี");
        driver.findElement(By.id("login")).sendKeys("somsri@example.com");
        driver.findElement(By.id("password")).sendKeys("ผ้าไหมสวย2569");
        screenshot("01-signup");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();

        arrivesAt("/shop");
        new Select(driver.findElement(By.id("kind"))).selectByValue("OCCUPATIONAL_GROUP");
        driver.findElement(By.id("nameTh")).sendKeys("กลุ่มทอผ้าไหมบ้านท่าสว่าง");
        driver.findElement(By.id("storyTh")).sendKeys("ทอผ้าไหมยกทองด้วยมือ สืบทอดจากบรรพบุรุษ");
        AddressPickerSteps.pick(driver, 32, "เมืองสุรินทร์", "ท่าสว่าง");
        driver.findElement(By.id("promptPayId")).sendKeys("0812345678");
        screenshot("02-shop-profile");
        driver.findElement(By.cssSelector("form.form > button[type=submit]:not(.visually-hidden)"))
                .click();

        arrivesAt("/dashboard");
        assertTrue(driver.findElement(By.cssSelector(".banner")).getText().contains("รอเจ้าหน้าที่ พช. ยืนยันร้าน"));
        screenshot("03-dashboard-waiting-for-verification");

        open("/listings/new");
        driver.findElement(By.id("titleTh")).sendKeys("ผ้าไหมมัดหมี่ลายโบราณ");
        new Select(driver.findElement(By.id("category"))).selectByValue("CLOTH");
        driver.findElement(By.id("price")).sendKeys("1250");
        driver.findElement(By.id("stock")).clear();
        driver.findElement(By.id("stock")).sendKeys("4");
        driver.findElement(By.id("unitTh")).sendKeys("ผืน");
        driver.findElement(By.id("descriptionTh")).sendKeys("ผ้าไหมแท้ ย้อมสีธรรมชาติ");
        driver.findElement(By.cssSelector("#listing-form > button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/listings/"));

        Path red =
                Files.write(Files.createTempFile("silk-red", ".jpg"), Photos.jpeg(1200, 900, new Color(150, 20, 40)));
        Path gold =
                Files.write(Files.createTempFile("silk-gold", ".jpg"), Photos.jpeg(900, 1200, new Color(200, 150, 30)));
        driver.findElement(By.id("photo")).sendKeys(red + "\n" + gold);
        driver.findElement(By.cssSelector("#photo-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ul.photos img"), 2));
        screenshot("04-listing-with-two-photos");

        var producer = accounts.authenticate("somsri@example.com", "ผ้าไหมสวย2569")
                .orElseThrow()
                .producerId();
        List<Long> uploaded = products.listByProducer(producer).get(0).photos().stream()
                .map(Product.Photo::id)
                .toList();
        assertEquals(2, uploaded.size());

        // the second photo dragged in front of the first becomes the cover
        List<WebElement> images = driver.findElements(By.cssSelector("#photo-list img"));
        new Actions(driver)
                .clickAndHold(images.get(1))
                .moveToElement(images.get(0), -40, 0)
                .release()
                .perform();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d ->
                        products.listByProducer(producer).get(0).photos().get(0).id() == uploaded.get(1));

        driver.findElement(By.xpath("//button[text()='เผยแพร่']")).click();
        // waits for the answer page: until it loads, the listing page's own elements are still there
        assertTrue(new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.error"), "รอการยืนยัน")));
        assertEquals(
                ProductStatus.DRAFT, products.listByProducer(producer).get(0).status());

        producers.decideVerification(producer, Verification.VERIFIED, null);
        String listing = products.listByProducer(producer).get(0).publicId();
        open("/listings/" + listing);
        driver.findElement(By.xpath("//button[text()='เผยแพร่']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[text()='หยุดเผยแพร่']")));
        assertEquals(
                ProductStatus.PUBLISHED,
                products.listByProducer(producer).get(0).status());
        open("/listings/" + listing + "/preview");
        screenshot("05-preview-as-buyers-see-it");
        open("/listings");
        assertTrue(driver.getPageSource().contains("เผยแพร่แล้ว"));
        screenshot("06-listings");
        open("/stock");
        assertTrue(driver.getPageSource().contains("ใกล้หมด"), "4 units is low stock");
        screenshot("07-stock-low-alert");

        // a buyer orders through the orders API, as the storefront does; the producer ships it
        Order order = new Buyers(context).order(listing, 2, PaymentMethod.PROMPTPAY);
        open("/notifications");
        assertTrue(driver.getPageSource().contains("คำสั่งซื้อใหม่ #" + order.number()));
        screenshot("08-notifications");
        open("/orders");
        assertTrue(driver.findElement(By.cssSelector("ul.orders li.fresh"))
                .getText()
                .contains(order.number().toString()));
        screenshot("09-new-order");
        driver.findElement(By.linkText("#" + order.number())).click();
        assertTrue(
                driver.findElement(By.cssSelector("address.ship-to")).getText().contains("50200"));
        screenshot("10-order-detail");
        driver.findElement(By.xpath("//button[text()='ได้รับเงินพร้อมเพย์แล้ว']"))
                .click();
        driver.findElement(By.xpath("//button[text()='รับคำสั่งซื้อ']")).click();
        driver.findElement(By.xpath("//button[text()='แพ็กสินค้าแล้ว']")).click();
        driver.findElement(By.id("carrier-THAILAND_POST")).click();
        driver.findElement(By.id("trackingNumber")).sendKeys("EF123456789TH");
        scrollTo(By.id("ship-form"));
        screenshot("11-ship-with-tracking-number");
        driver.findElement(By.cssSelector("#ship-form button[type=submit]")).click();
        assertEquals("จัดส่งแล้ว", driver.findElement(By.id("order-status")).getText());
        assertEquals("EF123456789TH", driver.findElement(By.id("tracking")).getText());
        screenshot("12-order-shipped");
        open("/orders/" + order.publicId() + "/slip");
        assertTrue(driver.findElement(By.cssSelector(".slip-to")).getText().contains("มาลี ศรีสุข"));
        screenshot("13-packing-slip");

        open("/sales");
        assertEquals(
                new Formats().baht(order.totalSatang()),
                driver.findElement(By.id("period-total")).getText());
        var columns = driver.findElements(By.cssSelector("svg.chart.columns rect.bar"));
        assertEquals(30, columns.size(), "one column per day");
        assertTrue(
                Integer.parseInt(columns.get(columns.size() - 1).getAttribute("height")) > 0,
                "today's sale stands on the chart");
        scrollTo(By.id("over-time"));
        screenshot("14-sales-chart");
    }

    private void scrollTo(By element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", driver.findElement(element));
    }

    private void open(String path) {
        driver.get(server.getURL() + path);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits for the page a form post leads to: a click returns before the browser has followed the redirect. */
    private void arrivesAt(String path) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith(path));
        } catch (TimeoutException e) {
            throw new AssertionError("not at " + path + ": " + driver.getCurrentUrl() + "\n"
                    + driver.findElement(By.tagName("main")).getText());
        }
    }
}
