package th.otop.catalog.geography;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/** One of the 77 provinces, with its geographic region; the id is the ISO 3166-2:TH code. */
@Serdeable
public record Province(int id, String nameTh, String nameEn, Region region) {
    public String name(Locale locale) {
        return "th".equals(locale.getLanguage()) ? nameTh : nameEn;
    }
}
