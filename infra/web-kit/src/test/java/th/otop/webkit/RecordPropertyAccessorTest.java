package th.otop.webkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertyAccessorTest {
    /** Not public, like most view models: its accessors must still be callable. */
    record Card(String title, int stars, Card related) {
        public String badge() {
            return stars == 0 ? "community" : stars + " stars";
        }

        public String getLabel() {
            return "label of " + title;
        }

        @Override
        public int stars() {
            if (stars < 0) {
                throw new IllegalStateException("no grading");
            }
            return stars;
        }
    }

    /** OGNL reads a property through its getter before a method of the same name. */
    record Named(String title) {
        public String getTitle() {
            return "getter of " + title;
        }
    }

    private static final TemplateEngine ENGINE = new TemplateEngine();

    @BeforeAll
    static void install() {
        ENGINE.setTemplateResolver(new StringTemplateResolver());
        RecordPropertyAccessor.install();
    }

    @Test
    void everyRecordTypeIsReadThroughItAndNothingElse() throws Exception {
        assertInstanceOf(RecordPropertyAccessor.class, OgnlRuntime.getPropertyAccessor(Card.class));
        assertFalse(OgnlRuntime.getPropertyAccessor(Locale.class) instanceof RecordPropertyAccessor);
    }

    @Test
    void readsComponentsNestedRecordsGettersAndMethods() {
        Card card = new Card("Silk scarf", 4, new Card("Cotton bag", 0, null));

        String html = render(
                "<p th:text=\"${c.title}\"></p><p th:text=\"${c.stars}\"></p><p th:text=\"${c.related.title}\"></p>"
                        + "<p th:text=\"${c.label}\"></p><p th:text=\"${c.related.badge()}\"></p>"
                        + "<p th:text=\"${c.badge}\"></p>",
                card);

        assertEquals(
                "<p>Silk scarf</p><p>4</p><p>Cotton bag</p><p>label of Silk scarf</p><p>community</p><p>4 stars</p>",
                html);
    }

    @Test
    void aGetterComesBeforeTheComponentOfTheSameName() {
        String html = ENGINE.process(
                "<p th:text=\"${n.title}\"></p>", new Context(Locale.ROOT, Map.of("n", new Named("silk"))));

        assertEquals("<p>getter of silk</p>", html);
    }

    @Test
    void anAccessorThatFailsFailsTheRendering() {
        Card card = new Card("Broken", -1, null);

        TemplateProcessingException e =
                assertThrows(TemplateProcessingException.class, () -> render("<p th:text=\"${c.stars}\"></p>", card));
        assertTrue(e.getMessage().contains("c.stars"), e.getMessage());
    }

    private static String render(String template, Card card) {
        return ENGINE.process(template, new Context(Locale.ROOT, Map.of("c", card)));
    }
}
