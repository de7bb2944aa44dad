package th.otop.orders.wholesale;

import java.util.Locale;
import th.otop.catalog.Bilingual;

/** How an outlet pays a purchase order. */
public enum PaymentTerms {
    /** PromptPay to each producer, for its supplier order, before that producer ships. */
    PREPAID("ชำระก่อน (พร้อมเพย์/โอนเงิน)", "Prepaid (PromptPay/transfer)"),
    /** Invoiced, due after the credit line's net days, within the limit the outlet's fund extends. */
    NET_TERMS("เครดิต (ชำระภายหลัง)", "Net terms");

    private final String labelTh;
    private final String labelEn;

    PaymentTerms(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelTh, labelEn);
    }
}
