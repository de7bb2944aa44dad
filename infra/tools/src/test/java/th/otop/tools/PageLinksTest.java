package th.otop.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLinksTest {
    private static final URI PAGE = URI.create("http://127.0.0.1:8080/p/abc123/silk");

    @Test
    void findsScriptsAndStylesheetsOfOtherOriginsInTheHead() {
        String html =
                """
                <!DOCTYPE html><html><head>
                <link rel="stylesheet" href="/css/site.css">
                <link rel='stylesheet' href='https://cdn.example.com/lib.css'>
                <script src="//tracker.example.net/t.js" async></script>
                <script src="/js/search-box.js" defer></script>
                <script type="application/ld+json">{"@type":"Product"}</script>
                <link rel="preconnect" href="https://fonts.example.org">
                <link rel="canonical" href="https://otop.example/p/abc123/silk">
                </head><body><script src="https://widgets.example.com/chat.js"></script></body></html>
                """;

        assertEquals(
                List.of(URI.create("https://cdn.example.com/lib.css"), URI.create("http://tracker.example.net/t.js")),
                PageLinks.thirdPartyInHead(html, PAGE));
    }

    @Test
    void ignoresCommentedOutTagsAndTheBody() {
        String html = "<html><head><!-- <script src=\"https://cdn.example.com/old.js\"></script> -->"
                + "<title>x</title></head><body><script src=\"https://cdn.example.com/late.js\"></script></body></html>";

        assertTrue(PageLinks.thirdPartyInHead(html, PAGE).isEmpty());
    }

    @Test
    void theSameHostOnAnotherPortIsAnotherOrigin() {
        String html = "<head><script src=\"http://127.0.0.1:9999/x.js\"></script>"
                + "<script src=\"http://127.0.0.1:8080/js/y.js\"></script></head>";

        assertEquals(List.of(URI.create("http://127.0.0.1:9999/x.js")), PageLinks.thirdPartyInHead(html, PAGE));
    }

    @Test
    void ownFilesAreScriptsStylesheetsAndPreloadsOfThePageOriginOnceEach() {
        String html =
                """
                <head>
                <link rel="preload" href="/fonts/sarabun-thai-400-normal.woff2" as="font" crossorigin>
                <link rel="stylesheet" href="/css/site.css">
                <link rel="icon" href="/favicon.ico">
                <link rel="stylesheet" href="https://cdn.example.com/lib.css">
                </head><body><img src="/photos/1/page.jpg" alt="">
                <script src="/js/search-box.js"></script><script src="../../js/search-box.js"></script></body>
                """;

        assertEquals(
                List.of(
                        URI.create("http://127.0.0.1:8080/fonts/sarabun-thai-400-normal.woff2"),
                        URI.create("http://127.0.0.1:8080/css/site.css"),
                        URI.create("http://127.0.0.1:8080/js/search-box.js")),
                PageLinks.ownFiles(html, PAGE));
    }

    @Test
    void cssFilesAreItsUrlsResolvedAgainstTheStylesheetSkippingDataAndOtherOrigins() {
        URI css = URI.create("http://127.0.0.1:8080/css/site.css");
        String text =
                """
                /* url(/fonts/commented.woff2) */
                @font-face { src: url("/fonts/a.woff2") format("woff2"); }
                @font-face { src: url('../fonts/b.woff2'); }
                .x { background: url(img/dot.png) }
                .y { background: url(data:image/png;base64,AAAA) }
                @import url(https://fonts.example.org/css);
                @font-face { src: url("/fonts/a.woff2"); }
                """;

        assertEquals(
                List.of(
                        URI.create("http://127.0.0.1:8080/fonts/a.woff2"),
                        URI.create("http://127.0.0.1:8080/fonts/b.woff2"),
                        URI.create("http://127.0.0.1:8080/css/img/dot.png")),
                PageLinks.cssFiles(text, css));
    }

    @Test
    void originComparesSchemeHostAndDefaultPort() {
        assertTrue(
                PageLinks.sameOrigin(URI.create("https://Shop.example/a"), URI.create("https://shop.example:443/b")));
        assertFalse(PageLinks.sameOrigin(URI.create("http://shop.example/a"), URI.create("https://shop.example/a")));
    }
}
