package th.otop.catalog.producer;

import java.util.Locale;
import th.otop.catalog.Bilingual;

/** The kinds of OTOP producer the CDD registers. */
public enum ProducerKind {
    COMMUNITY_ENTERPRISE("วิสาหกิจชุมชน", "Community enterprise"),
    OCCUPATIONAL_GROUP("กลุ่มอาชีพ", "Occupational group"),
    SINGLE_PRODUCER("ผู้ผลิตรายเดียว", "Single producer"),
    SME("ผู้ประกอบการ SME", "SME"),
    YOUTH_GROUP("กลุ่ม OTOP เยาวชน", "Youth OTOP group");

    private final String nameTh;
    private final String nameEn;

    ProducerKind(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
