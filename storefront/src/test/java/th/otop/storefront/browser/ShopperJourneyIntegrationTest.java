package th.otop.storefront.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import th.otop.devstack.AddressPickerSteps;
import th.otop.devstack.RealServices;
import th.otop.storefront.StorefrontMother;

/**
 * A shopper on a phone, in headless Chromium: searches in Thai with suggestions, filters, opens a product and its
 * shop, switches to English and searches again. Every page is checked with axe-core and for CSP violations, and
 * screenshots land in {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
class ShopperJourneyIntegrationTest implements RealServices {
    @Inject
    EmbeddedServer server;

    @Inject
    StorefrontMother mother;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }

    @Test
    void searchFilterOpenAProductThenSwitchToEnglishAndSearchAgain() {
        try (Browser browser = Browser.open(base(), "th-TH,th")) {
            browser.go("/");
            assertEquals("th", browser.find("html").getAttribute("lang"));
            assertEquals("ผลิตภัณฑ์ชุมชนจากทุกตำบล", browser.text("h1"));
            assertTrue(browser.text(".strip").contains("น้ำพริกเผาแม่ประนอม"), "the ungraded strip");
            browser.assertAccessible();
            browser.assertNoCspViolations();
            browser.screenshot("01-home-th");

            // suggestions fill the search box's list as the shopper types
            WebElement box = browser.find("#home-q");
            box.sendKeys("น้ำพ");
            browser.waitUntil(d ->
                    (Long) browser.script("return document.querySelectorAll('#home-q-suggestions option').length") > 0);
            assertEquals(
                    "น้ำพริกเผาแม่ประนอม",
                    browser.script("return document.querySelector('#home-q-suggestions option').value"));

            box.clear();
            box.sendKeys("ผ้าไหม", Keys.ENTER);
            browser.waitForUrl("q=");
            assertTrue(browser.text(".results-heading").contains("ผ้าไหม"));
            assertTrue(browser.text(".results .grid").contains("ผ้าไหมทอมือจากสุรินทร์"));
            browser.assertAccessible();
            browser.assertNoCspViolations();
            browser.screenshot("02-search-th");

            // filter on a phone: open the filter panel, choose the 5-star grade
            browser.find(".filters summary").click();
            browser.find(".facet a[href*='stars=5']").click();
            browser.waitForUrl("stars=5");
            assertEquals("1 รายการ", browser.text(".result-count"));
            assertTrue(browser.find(".facet a[aria-current='true']").getText().contains("5 ดาว"));
            browser.assertAccessible();
            browser.screenshot("03-search-filtered-th");

            browser.find(".results .card-link").click();
            browser.waitForUrl("/p/" + catalogue.silk() + "/hand-woven-silk-from-surin");
            assertEquals("ผ้าไหมทอมือจากสุรินทร์", browser.text("h1"));
            assertEquals("เริ่มต้น 1,300 บาท", browser.text(".buy-box .price"), "the lowest price of its colours");
            assertTrue(browser.text(".producer-card").contains("บ้านท่าสว่าง"));
            assertEquals(
                    1L,
                    browser.script("return document.querySelectorAll('script[type=\"application/ld+json\"]').length"));
            assertTrue(
                    (Boolean) browser.script("return document.querySelector('.gallery-main img').naturalWidth > 0"),
                    "the product photo loads");
            browser.assertAccessible();
            browser.assertNoCspViolations();
            browser.screenshot("04-product-th");

            browser.find(".producer-card .producer-name a").click();
            browser.waitForUrl("/shop/");
            assertEquals("วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง", browser.text("h1"));
            browser.assertAccessible();
            browser.screenshot("05-shop-th");

            // switch to English: the same page comes back in English, and the choice sticks
            browser.find(".language a[lang='en']").click();
            browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
            assertEquals("Ban Tha Sawang Silk Weavers", browser.text("h1"));
            browser.menuLink("/search").click();
            browser.waitForUrl("/search");
            WebElement english = browser.find("#q");
            english.sendKeys("coffee", Keys.ENTER);
            browser.waitForUrl("q=coffee");
            assertTrue(browser.text(".results .grid").contains("Doi Chang roasted coffee"));
            assertTrue(browser.text(".results .grid").contains("฿320.00"));
            browser.assertAccessible();
            browser.assertNoCspViolations();
            browser.screenshot("06-search-en");

            browser.go("/p/nosuchproduct/x");
            assertEquals("We could not find that page", browser.text("h1"));
            browser.assertAccessible();
            browser.screenshot("07-not-found-en");
        }
    }

    @Test
    void addTwoProductsFromTwoShopsAndPayWithPromptPay() {
        try (Browser browser = Browser.open(base(), "th-TH,th")) {
            browser.go("/p/" + catalogue.silk());
            browser.find(".add-to-cart button").click();
            assertTrue(browser.text("#variant-error").contains("เลือกตัวเลือก"), "a colour must be chosen first");
            assertTrue(
                    browser.find("#variant-" + catalogue.silkIndigo()).getAttribute("disabled") != null,
                    "a sold-out colour cannot be chosen");
            browser.assertAccessible();
            browser.find("label[for='variant-" + catalogue.silkRed() + "']").click();
            browser.find(".add-to-cart button").click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cart\\?added=.*"));
            assertTrue(browser.text(".line-title").contains("(สีแดงครั่ง)"), "the cart names the colour");
            browser.go("/p/" + catalogue.chilli());
            WebElement quantity = browser.find("#quantity");
            quantity.clear();
            quantity.sendKeys("0");
            browser.find(".add-to-cart button").click();
            assertTrue(browser.text("#quantity-error").contains("จำนวน"), "a clear message for quantity 0");
            assertEquals("0", browser.find("#quantity").getAttribute("value"), "the form keeps what was typed");
            browser.assertAccessible();
            quantity = browser.find("#quantity");
            quantity.clear();
            quantity.sendKeys("2");
            browser.find(".add-to-cart button").click();
            // the refused form was posted to /cart/add, so wait for the cart page itself
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cart\\?added=.*"));
            browser.find(".parcel");
            assertEquals(2, browser.all(".parcel").size(), "one parcel per shop");
            browser.assertAccessible();
            browser.assertNoCspViolations();
            browser.screenshot("10-cart-th");

            browser.find(".checkout-button").click();
            browser.waitForUrl("/checkout");
            browser.find(".place-order").click();
            assertTrue(browser.find(".error-summary").isDisplayed(), "an empty address is refused");
            assertEquals("true", browser.find("#recipientName").getAttribute("aria-invalid"));
            browser.assertAccessible();
            browser.screenshot("11-checkout-errors-th");

            browser.find("#email").sendKeys("somsri@example.com");
            browser.find("#recipientName").sendKeys("สมศรี ใจงาม");
            browser.find("#phone").sendKeys("0812345678");
            browser.find("#addressLine").sendKeys("99 หมู่ 4");
            AddressPickerSteps.pick(browser.driver, 32, "เมืองสุรินทร์", "สลักได");
            assertEquals("32000", browser.find("#postcode").getAttribute("value"), "the subdistrict's postcode");
            browser.find("#pay-PROMPTPAY").click();
            browser.find(".place-order").click();
            browser.waitForUrl("/pay");
            assertEquals(2, browser.all(".qr-card img.qr").size(), "one PromptPay QR per shop");
            assertTrue(browser.text(".qr-card .qr-amount").endsWith("บาท"));
            browser.waitUntil(d -> browser.text(".countdown").matches("\\d+:\\d\\d"));
            browser.assertAccessible();
            browser.assertNoCspViolations();
            assertEquals(2, browser.all(".thai-qr .thai-qr-head").size(), "each code in the Thai QR Payment frame");
            assertTrue(
                    browser.find(".qr-card a.qr-save").getAttribute("download").matches("promptpay-[0-9a-z]+-1\\.png"));
            assertFalse(
                    browser.driver
                            .findElement(By.cssSelector(".qr-card .qr-share"))
                            .isDisplayed(),
                    "no share button where the browser cannot share files");
            browser.screenshot("12-promptpay-th");

            browser.find(".pay-page a.follow-order").click();
            browser.waitUntil(d -> browser.driver.getCurrentUrl().matches(".*/checkout/[0-9a-z]+$"));
            assertEquals(2, browser.all("article.order").size(), "two orders, one per shop");
            assertTrue(browser.text("article.order .order-status").contains("รอชำระเงิน"));
            browser.assertAccessible();
            browser.screenshot("13-order-status-th");
        }
    }

    @Test
    void aGuestSignsUpAndKeepsTheCart() {
        try (Browser browser = Browser.open(base(), "en-GB,en")) {
            browser.go("/p/" + catalogue.cotton());
            browser.find(".add-to-cart button").click();
            browser.waitForUrl("/cart");
            browser.menuLink("/signin").click();
            browser.waitForUrl("/signin");
            browser.assertAccessible();
            browser.screenshot("20-signin-en");
            browser.find("a[href='/signup']").click();
            browser.waitForUrl("/signup");
            browser.find("#displayName").sendKeys("Malee");
            browser.find("#login").sendKeys("0891234567");
            browser.find("#password").sendKeys("short");
            browser.find("form button[type='submit']").click();
            assertTrue(browser.text("#password-error").contains("8 to 72"), "a clear message");
            assertEquals("Malee", browser.find("#displayName").getAttribute("value"), "the form keeps what was typed");
            browser.assertAccessible();
            browser.screenshot("21-signup-error-en");
            browser.find("#password").sendKeys("indigo-cotton-2026");
            browser.find("form button[type='submit']").click();
            browser.waitForUrl("/account");
            assertEquals("Hello, Malee", browser.text("h1"));
            assertEquals(null, browser.find("#marketingConsent").getAttribute("checked"), "consent is off by default");
            browser.assertAccessible();
            browser.assertNoCspViolations();
            browser.screenshot("22-account-en");
            browser.menuLink("/cart").click();
            assertTrue(browser.text(".parcel").contains("Indigo-dyed cotton"), "the guest cart moved into the account");
        }
    }
}
