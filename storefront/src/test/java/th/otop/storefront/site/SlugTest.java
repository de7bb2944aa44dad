package th.otop.storefront.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void latinTitlesBecomeLowerCaseWordsJoinedByHyphens() {
        assertEquals("hand-woven-silk-from-surin", Slug.of("Hand-woven silk, from Surin!"));
        assertEquals("cafe-creme-100", Slug.of("  Café crème — 100%  "));
        assertEquals("", Slug.of("!!!"));
    }

    @Test
    void thaiLettersAndTheirMarksAreKept() {
        assertEquals("น้ำพริกเผา-แม่ประนอม", Slug.of("น้ำพริกเผา (แม่ประนอม)"));
        assertEquals("%E0%B8%9C%E0%B9%89%E0%B8%B2", Slug.encoded(Slug.of("ผ้า")));
    }

    @Test
    void longTitlesAreCut() {
        assertTrue(Slug.of("silk ".repeat(40)).length() <= 60);
    }
}
