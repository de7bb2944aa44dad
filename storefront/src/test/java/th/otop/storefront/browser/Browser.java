package th.otop.storefront.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.otop.devstack.HeadlessChromium;

/**
 * Debian's headless Chromium at phone width (412 x 915), with the checks every page of a journey gets: axe-core finds
 * no serious or critical accessibility problem, and the console shows no Content-Security-Policy violation.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = HeadlessChromium.screenshots();

    final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Skips the calling test, with a message saying what to install, when there is no Chromium. */
    static Browser open(String base, String acceptLanguage) {
        return new Browser(HeadlessChromium.start(acceptLanguage), base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** A link of the header, reached as on a phone: the menu is opened first when the links are folded into it. */
    WebElement menuLink(String href) {
        WebElement link = driver.findElement(By.cssSelector(".app-nav a[href='" + href + "']"));
        if (!link.isDisplayed()) {
            find(".menu > summary").click();
        }
        return find(".app-nav a[href='" + href + "']");
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        wait.until(d -> condition.apply(driver));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A phone-width screenshot of the whole page (up to 8,000 pixels tall), named after the step, for review. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long width = ((Number) script("return document.documentElement.clientWidth")).longValue();
            long height = Math.min(
                    8_000,
                    ((Number)
                                    script(
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
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"),
                    java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core in the page and fails on any serious or critical violation, listing them. */
    @SuppressWarnings("unchecked")
    void assertAccessible() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) {
            script(axeSource());
        }
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']})"
                                + ".then(function (r) { done(r.violations.map(function (v) {"
                                + "  return {id: v.id, impact: v.impact || '', help: v.help,"
                                + "          targets: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')};"
                                + "})); })"
                                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]); });");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<Map<String, Object>> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
        assertTrue(
                serious.isEmpty(),
                "accessibility problems on " + driver.getCurrentUrl() + ":\n"
                        + serious.stream()
                                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at "
                                        + v.get("targets"))
                                .collect(Collectors.joining("\n")));
    }

    /** Fails when the browser refused anything because of the Content-Security-Policy since the last call. */
    void assertNoCspViolations() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertTrue(refused.isEmpty(), "CSP violations on " + driver.getCurrentUrl() + ": " + refused);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
