package th.otop.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless at phone width, for the browser tests of both apps. It never downloads a
 * browser, and it skips the calling test with a clear message when Chromium is not installed.
 */
public final class HeadlessChromium {
    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** A browser that announces {@code language} (e.g. "th-TH") and records the console, for CSP checks. */
    public static ChromeDriver start(String language) {
        Assumptions.assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
                        + "apt-get install chromium chromium-driver fonts-thai-tlwg (.ci/run does this)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=412,915",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Where tests save their screenshots for review: the module's {@code target/screenshots}. */
    public static Path screenshots() {
        try {
            return Files.createDirectories(
                    Path.of(System.getProperty("otop.build.directory", "target"), "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
