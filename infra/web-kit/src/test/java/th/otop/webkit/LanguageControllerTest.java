package th.otop.webkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageControllerTest {
    @Test
    void returnsToThePathTheUserCameFrom() {
        assertEquals(
                "/search?q=%E0%B8%9C%E0%B9%89%E0%B8%B2",
                LanguageController.backTo("https://otop.example/search?q=%E0%B8%9C%E0%B9%89%E0%B8%B2")
                        .toString());
    }

    @Test
    void neverLeavesTheSite() {
        assertEquals("/", LanguageController.backTo(null).toString());
        assertEquals("/", LanguageController.backTo("not a uri").toString());
        assertEquals(
                "/",
                LanguageController.backTo("https://a.example//evil.example/").toString());
        assertEquals("/", LanguageController.backTo("javascript:alert(1)").toString());
    }
}
