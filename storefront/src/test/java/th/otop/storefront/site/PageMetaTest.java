package th.otop.storefront.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageMetaTest {
    @Test
    void jsonCannotCloseTheScriptOrOpenAComment() {
        assertEquals(
                "{\"name\":\"ผ้าไหม \\u003c/script\\u003e \\u003c!-- A \\u0026 B\"}",
                PageMeta.scriptSafe("{\"name\":\"ผ้าไหม </script> <!-- A & B\"}"));
        assertEquals("\\u003c\\u003e\\u0026", PageMeta.scriptSafe("<>&"));
        assertEquals("{\"name\":\"ผ้าไหม\"}", PageMeta.scriptSafe("{\"name\":\"ผ้าไหม\"}"));
        assertEquals("", PageMeta.scriptSafe(""));
    }
}
