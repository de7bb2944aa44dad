package th.otop.catalog.geography;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;

/** One of the 77 provinces, with its geographic region; the id is the ISO 3166-2:TH code. */
@Serdeable
public record Province(int id, String nameTh, String nameEn, Region region) {
    public String name(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
