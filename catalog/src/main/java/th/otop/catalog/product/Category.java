package th.otop.catalog.product;

import java.util.Locale;
import th.otop.catalog.Bilingual;

/** The OTOP product categories used in Thailand. */
public enum Category {
    FOOD("อาหาร", "Food"),
    BEVERAGE("เครื่องดื่ม", "Beverages"),
    CLOTH("ผ้า เครื่องแต่งกาย", "Cloth and apparel"),
    HOUSEHOLD("ของใช้ ของตกแต่ง ของที่ระลึก", "Household goods, decorations and souvenirs"),
    HERBAL("สมุนไพรที่ไม่ใช่อาหาร", "Non-food herbal products");

    private final String nameTh;
    private final String nameEn;

    Category(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
