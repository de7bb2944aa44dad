package th.otop.webkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.StaticMessageSource;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class TemplateMessagesTest {
    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final StaticMessageSource bundles = new StaticMessageSource()
            .addMessage(Locale.ENGLISH, "product.per", "per {0}")
            .addMessage(THAI, "product.per", "ต่อ{0}")
            .addMessage(Locale.ENGLISH, "nav.home", "Home");
    private final TemplateEngine engine = new TemplateEngine();

    TemplateMessagesTest() {
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setMessageResolver(new TemplateMessages(bundles));
    }

    @Test
    void eachLanguageGetsItsOwnTextWithItsArguments() {
        String template = "<p th:text=\"#{product.per(${unit})}\"></p>";

        assertEquals("<p>per piece</p>", render(template, Locale.ENGLISH, "piece"));
        assertEquals("<p>ต่อชิ้น</p>", render(template, THAI, "ชิ้น"));
        assertEquals("<p>per box</p>", render(template, Locale.ENGLISH, "box"));
    }

    @Test
    void anArgumentIsShownAsTypedEvenWithBraces() {
        assertEquals(
                "<p>per {0} pack</p>",
                render("<p th:text=\"#{product.per(${unit})}\"></p>", Locale.ENGLISH, "{0} pack"));
    }

    @Test
    void aMissingTextIsMarkedAsThymeleafDoes() {
        assertEquals("<p>??nav.nowhere_th_TH??</p>", render("<p th:text=\"#{nav.nowhere}\"></p>", THAI, null));
        assertEquals("<p>Home</p>", render("<p th:text=\"#{nav.home}\"></p>", Locale.ENGLISH, null));
    }

    private String render(String template, Locale locale, String unit) {
        return engine.process(template, new Context(locale, unit == null ? Map.of() : Map.of("unit", unit)));
    }
}
