package th.otop.orders.wholesale;

import java.util.Locale;
import th.otop.catalog.Bilingual;

public enum PurchaseOrderStatus {
    AWAITING_PAYMENT("รอชำระเงิน", "Awaiting payment"),
    /** Paid, or on net terms: the producers may ship. */
    CONFIRMED("ยืนยันแล้ว", "Confirmed"),
    CANCELLED("ยกเลิกแล้ว", "Cancelled");

    private final String labelTh;
    private final String labelEn;

    PurchaseOrderStatus(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelTh, labelEn);
    }
}
