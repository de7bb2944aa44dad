package th.otop.webkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.webkit.GzipWithGaps;

class KeptPagesTest {
    private final KeptPages pages = new KeptPages(1024 * 1024);

    private static KeptPages.Page page(String tag, String html) {
        return new KeptPages.Page(
                GzipWithGaps.of(List.of(html.getBytes(StandardCharsets.UTF_8)), 0),
                new KeptPages.Keep(Duration.ofMinutes(5), tag, () -> {}));
    }

    @Test
    void aPageRenderedFromReadsBeforeItsProductWasDroppedIsNotKept() {
        long renderedBeforeTheChange = System.nanoTime();
        pages.drop(List.of("silk"));

        assertFalse(pages.keep("/p/silk th", page("silk", "<p>old price</p>"), renderedBeforeTheChange));
        assertNull(pages.get("/p/silk th"));

        long renderedAfter = System.nanoTime();
        assertTrue(pages.keep("/p/silk th", page("silk", "<p>new price</p>"), renderedAfter));
        assertNotNull(pages.get("/p/silk th"));
    }

    @Test
    void droppingATagDropsItsPagesInEveryLanguageAndNoOthers() {
        long now = System.nanoTime();
        pages.keep("/p/silk th", page("silk", "ผ้าไหม"), now);
        pages.keep("/p/silk en", page("silk", "silk"), now);
        pages.keep("/p/chilli th", page("chilli", "น้ำพริก"), now);
        pages.keep("/search th", page(null, "ผลการค้นหา"), now);

        pages.drop(List.of("silk"));

        assertNull(pages.get("/p/silk th"));
        assertNull(pages.get("/p/silk en"));
        assertEquals("chilli", pages.get("/p/chilli th").keep().tag());
        assertNotNull(pages.get("/search th"), "a page without a tag only expires");
    }
}
