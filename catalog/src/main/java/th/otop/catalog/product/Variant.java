package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;

/** A size or colour of a product, with its own price, stock and photo. */
@Serdeable
public record Variant(
        long id,
        String nameTh,
        @Nullable String nameEn,
        long priceSatang,
        int stock,
        @Nullable String photoKey,
        int position) {
    public String name(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
