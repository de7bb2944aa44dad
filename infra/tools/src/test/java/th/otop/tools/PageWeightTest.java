package th.otop.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageWeightTest {
    private static final URI PAGE = URI.create("http://127.0.0.1:8080/p/abc123/silk");

    @Test
    void addsTheHtmlItsOwnFilesAndTheFilesItsStylesheetsNameEachOnce() throws Exception {
        Map<String, PageWeight.Fetched> site = Map.of(
                "/p/abc123/silk",
                new PageWeight.Fetched(
                        5_000,
                        "<head><link rel=\"stylesheet\" href=\"/css/site.css\">"
                                + "<link rel=\"preload\" href=\"/fonts/a.woff2\" as=\"font\">"
                                + "<script src=\"https://cdn.example.com/x.js\"></script></head>"
                                + "<body><img src=\"/photos/1/page.jpg\"><script src=\"/js/box.js\"></script></body>"),
                "/css/site.css",
                new PageWeight.Fetched(
                        3_000, "@font-face{src:url(/fonts/a.woff2)} @font-face{src:url(/fonts/b.woff2)}"),
                "/fonts/a.woff2",
                new PageWeight.Fetched(10_000, ""),
                "/fonts/b.woff2",
                new PageWeight.Fetched(11_000, ""),
                "/js/box.js",
                new PageWeight.Fetched(700, ""));
        List<String> fetched = new ArrayList<>();

        PageWeight weight = PageWeight.of(PAGE, uri -> {
            fetched.add(uri.getPath());
            return site.get(uri.getPath());
        });

        assertEquals(5_000, weight.htmlBytes());
        assertEquals(
                List.of("/css/site.css", "/fonts/a.woff2", "/js/box.js", "/fonts/b.woff2"),
                weight.files().keySet().stream().map(URI::getPath).toList());
        assertEquals(5_000 + 3_000 + 10_000 + 11_000 + 700, weight.totalBytes());
        // the preloaded font is also in the stylesheet: fetched once, as a browser's cache would
        assertEquals(5, fetched.size());
    }

    @Test
    void aFileThatCannotBeFetchedFailsTheWeighing() {
        assertThrows(
                IllegalStateException.class,
                () -> PageWeight.of(PAGE, uri -> {
                    if (uri.equals(PAGE)) {
                        return new PageWeight.Fetched(100, "<script src=\"/js/missing.js\"></script>");
                    }
                    throw new IllegalStateException("HTTP 404 for " + uri);
                }));
    }
}
