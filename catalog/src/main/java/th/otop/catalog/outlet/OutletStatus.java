package th.otop.catalog.outlet;

import java.util.Locale;
import th.otop.catalog.Bilingual;

/** Only a verified outlet may order wholesale. */
public enum OutletStatus {
    PENDING("รอตรวจสอบ", "Awaiting verification"),
    VERIFIED("ตรวจสอบแล้ว", "Verified"),
    SUSPENDED("ระงับ", "Suspended");

    private final String labelTh;
    private final String labelEn;

    OutletStatus(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelTh, labelEn);
    }
}
