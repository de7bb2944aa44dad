package th.otop.orders.order;

import java.util.Locale;

/** The couriers producers ship with. */
public enum Carrier {
    THAILAND_POST("ไปรษณีย์ไทย", "Thailand Post"),
    KERRY("เคอรี่ เอ็กซ์เพรส", "Kerry Express"),
    FLASH("แฟลช เอ็กซ์เพรส", "Flash Express"),
    JT("เจแอนด์ที เอ็กซ์เพรส", "J&T Express"),
    OTHER("อื่น ๆ", "Other");

    private final String nameTh;
    private final String nameEn;

    Carrier(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String label(Locale locale) {
        return "th".equals(locale.getLanguage()) ? nameTh : nameEn;
    }
}
