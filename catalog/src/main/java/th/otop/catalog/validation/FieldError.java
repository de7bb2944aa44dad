package th.otop.catalog.validation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;

/** What is wrong with one field, said in both languages so any page or API can show it. */
@Serdeable
public record FieldError(String field, String messageTh, String messageEn) {
    public String message(Locale locale) {
        return Bilingual.pick(locale, messageTh, messageEn);
    }
}
