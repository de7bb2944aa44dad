package th.otop.devstack;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Walks every HTML page of an app as one role at phone widths and lists what a person on a phone would trip over.
 *
 * <p>The pages come from the app's route table: a route without path variables is opened directly; one with variables
 * is opened at the first link to it that a page already visited shows this role, so the app's own pages supply real
 * ids. A page counts as visited only when it is served with 200 at the route asked for (a redirect to sign-in or a 403
 * means the page is not this role's). Each page is checked at every width for: horizontal overflow; text inputs narrower than 44 px;
 * tap targets under 44 x 44 CSS px (links inside running text excepted, as WCAG 2.5.8 allows); form controls without
 * a label; and, in Thai mode, a page whose main text has no Thai at all. One screenshot of each page and a contact
 * sheet per role are saved for review.
 */
public final class PhoneWidthAudit {
    /** What a page's own script reports: one line per problem. */
    private static final String CHECKS =
            """
            var problems = [];
            var width = window.innerWidth;
            var root = document.documentElement;
            function shown(e) {
              var r = e.getBoundingClientRect(), s = getComputedStyle(e);
              return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && r.right > 0 && r.left < width + 1000;
            }
            function name(e) {
              var text = (e.innerText || e.value || e.getAttribute('aria-label') || e.name || '').trim().replace(/\\s+/g, ' ');
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + (text ? ' "' + text.slice(0, 40) + '"' : '');
            }
            if (root.scrollWidth > width) {
              var wide = [];
              document.querySelectorAll('body *').forEach(function (e) {
                if (wide.length < 3 && shown(e) && e.getBoundingClientRect().right > width + 1
                    && e.children.length === 0) { wide.push(name(e)); }
              });
              problems.push('page is ' + root.scrollWidth + ' px wide at ' + width + ' px: ' + wide.join(', '));
            }
            var fields = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit])'
              + ':not([type=button]):not([type=reset]):not([type=image]), select, textarea';
            document.querySelectorAll(fields).forEach(function (e) {
              if (!shown(e)) { return; }
              if (e.type !== 'file' && e.getBoundingClientRect().width < 44) {
                problems.push('field narrower than 44 px: ' + name(e) + ' (' + Math.round(e.getBoundingClientRect().width) + ' px)');
              }
              if (e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')) {
                problems.push('field without a label: ' + name(e));
              }
            });
            document.querySelectorAll('input[type=checkbox], input[type=radio]').forEach(function (e) {
              if (shown(e) && e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')) {
                problems.push('field without a label: ' + name(e));
              }
            });
            function inRunningText(a) {
              var block = a.parentElement;
              while (block && getComputedStyle(block).display.indexOf('inline') === 0) { block = block.parentElement; }
              if (!block) { return false; }
              return block.textContent.replace(/\\s+/g, '').length > a.textContent.replace(/\\s+/g, '').length;
            }
            var targets = 'a[href], button, input[type=submit], input[type=button], input[type=reset], select, summary';
            document.querySelectorAll(targets).forEach(function (e) {
              if (!shown(e)) { return; }
              var r = e.getBoundingClientRect();
              if ((r.width < 43.5 || r.height < 43.5) && !(e.tagName === 'A' && inRunningText(e))) {
                problems.push('tap target under 44 x 44 px: ' + name(e) + ' (' + Math.round(r.width) + ' x ' + Math.round(r.height) + ')');
              }
            });
            if (root.lang === 'th') {
              var main = document.querySelector('main') || document.body;
              if (!/[\\u0E01-\\u0E5B]/.test(main.innerText)) { problems.push('no Thai text on a Thai page'); }
            }
            return problems;
            """;

    private static final String LINKS =
            """
            return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });
            """;

    private final ChromeDriver driver;
    private final String base;
    private final List<Integer> widths;
    private final Path screenshots;

    /** A role's visits and what was found on them. */
    public record Report(String role, Set<String> visitedRoutes, Map<String, List<String>> problems) {}

    public PhoneWidthAudit(ChromeDriver driver, String base, List<Integer> widths, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.widths = List.copyOf(widths);
        this.screenshots = screenshots;
    }

    /**
     * Visits the routes as the role whose cookies are given (none: a guest). {@code routeOf} answers the route
     * template a local path belongs to, if any; {@code fixedPaths} are the routes without path variables.
     */
    public Report walk(
            String role, List<Cookie> cookies, List<String> fixedPaths, Function<String, Optional<String>> routeOf) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/language/th");
        cookies.forEach(c -> driver.manage().addCookie(c));
        driver.get(base + "/language/th");
        Set<String> visited = new LinkedHashSet<>();
        Set<String> queuedRoutes = new LinkedHashSet<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<Path> shots = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(fixedPaths);
        fixedPaths.forEach(p -> routeOf.apply(p).ifPresent(queuedRoutes::add));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Optional<String> route = routeOf.apply(path);
            if (route.isEmpty()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            boolean served = false;
            for (int width : widths) {
                emulate(width);
                driver.get(base + path);
                String landed = localPath(driver.getCurrentUrl());
                served = landed != null && routeOf.apply(landed).equals(route) && status() == 200;
                if (!served) {
                    break;
                }
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) driver.executeScript(CHECKS);
                lines.forEach(line -> found.add(width + " px: " + line));
                if (width == widths.get(widths.size() - 1)) {
                    shots.add(screenshot(role, visited.size() + 1, path));
                    for (Object href : (List<?>) driver.executeScript(LINKS)) {
                        String next = localPath(String.valueOf(href));
                        if (next == null) {
                            continue;
                        }
                        routeOf.apply(next).filter(queuedRoutes::add).ifPresent(r -> queue.add(next));
                    }
                }
            }
            if (served) {
                visited.add(route.get());
                if (!found.isEmpty()) {
                    problems.put(path, found);
                }
            } else {
                // another link to the same route may still be this role's page (an order of its own, say)
                queuedRoutes.remove(route.get());
            }
        }
        contactSheet(role, shots);
        return new Report(role, visited, problems);
    }

    /** The HTTP status of the page shown, as the browser received it (an error page is not the route's page). */
    private long status() {
        Object status = driver.executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
        return status instanceof Number n ? n.longValue() : 0;
    }

    private void emulate(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The path and query of an address on this app, or null for another site, a fragment-only link or a download. */
    private String localPath(String address) {
        if (address == null || !address.startsWith(base)) {
            return null;
        }
        URI uri = URI.create(address);
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private Path screenshot(String role, int number, String path) {
        try {
            Path folder = Files.createDirectories(screenshots.resolve(role));
            long height = Math.min(
                    4_000,
                    ((Number)
                                    driver.executeScript(
                                            "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                            .longValue());
            long width = ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            String name = String.format("%03d%s.png", number, path.replaceAll("[^A-Za-z0-9]+", "-"))
                    .replace("-.png", ".png");
            Path file = folder.resolve(name.length() > 90 ? name.substring(0, 86) + ".png" : name);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PNG with every page of the role, the top of each page under its address, for a quick look. */
    private void contactSheet(String role, List<Path> shots) {
        if (shots.isEmpty()) {
            return;
        }
        int columns = 6;
        int thumbWidth = 195;
        int thumbHeight = 420;
        int caption = 28;
        int rows = (shots.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(
                columns * (thumbWidth + 10) + 10, rows * (thumbHeight + caption + 10) + 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int i = 0; i < shots.size(); i++) {
                BufferedImage page = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(shots.get(i))));
                int x = 10 + (i % columns) * (thumbWidth + 10);
                int y = 10 + (i / columns) * (thumbHeight + caption + 10);
                g.setColor(Color.DARK_GRAY);
                String label = shots.get(i).getFileName().toString().replace(".png", "");
                g.drawString(label.length() > 34 ? label.substring(0, 34) : label, x, y + 12);
                double scale = (double) thumbWidth / page.getWidth();
                int sourceHeight = (int) Math.min(page.getHeight(), thumbHeight / scale);
                g.drawImage(
                        page,
                        x,
                        y + caption,
                        x + thumbWidth,
                        y + caption + (int) (sourceHeight * scale),
                        0,
                        0,
                        page.getWidth(),
                        sourceHeight,
                        null);
                g.setColor(Color.LIGHT_GRAY);
                g.drawRect(x, y + caption, thumbWidth, (int) (sourceHeight * scale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(
                    sheet,
                    "png",
                    screenshots.resolve(role + "-contact-sheet.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
