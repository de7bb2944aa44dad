package th.otop.catalog.reference;

import java.util.Locale;
import th.otop.catalog.Bilingual;
import th.otop.catalog.product.Category;

/** A category's names, its place in lists, and whether new listings may choose it. */
public record CategoryLabel(Category code, String nameTh, String nameEn, int position, boolean visible) {
    public String name(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
