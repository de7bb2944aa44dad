package th.otop.catalog.community;

import java.util.Locale;
import th.otop.catalog.Bilingual;

public enum FundKind {
    SAVINGS_GROUP("กลุ่มออมทรัพย์เพื่อการผลิต", "Savings group for production"),
    FUND_CENTRE("ศูนย์จัดการกองทุนชุมชน", "Community fund management centre"),
    VILLAGE_FUND("กองทุนหมู่บ้าน", "Village fund");

    private final String nameTh;
    private final String nameEn;

    FundKind(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
