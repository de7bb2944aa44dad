package th.otop.catalog.community;

import java.util.Locale;

/**
 * Where a trained household stands against the basic-minimum-needs survey (จปฐ.): the programme trains households
 * below its criteria until they make an honest living of their own.
 */
public enum HouseholdStanding {
    BELOW_BASIC_NEEDS("ต่ำกว่าเกณฑ์ความจำเป็นพื้นฐาน (จปฐ.)", "Below the basic-needs criteria"),
    BELOW_INCOME("รายได้ต่ำกว่าเกณฑ์ จปฐ.", "Below the income criterion"),
    SAMMACHIP("ครัวเรือนสัมมาชีพ", "Sammachip household");

    private final String labelTh;
    private final String labelEn;

    HouseholdStanding(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return "th".equals(locale.getLanguage()) ? labelTh : labelEn;
    }
}
