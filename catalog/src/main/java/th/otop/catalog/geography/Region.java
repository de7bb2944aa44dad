package th.otop.catalog.geography;

import java.util.Locale;
import th.otop.catalog.Bilingual;

/** Thailand's six geographic regions. */
public enum Region {
    NORTH("ภาคเหนือ", "North"),
    NORTHEAST("ภาคตะวันออกเฉียงเหนือ", "Northeast"),
    CENTRAL("ภาคกลาง", "Central"),
    EAST("ภาคตะวันออก", "East"),
    WEST("ภาคตะวันตก", "West"),
    SOUTH("ภาคใต้", "South");

    private final String nameTh;
    private final String nameEn;

    Region(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
