package th.otop.orders.wholesale;

import java.util.Locale;
import th.otop.catalog.Bilingual;

/** One producer's part of a purchase order: confirmed, shipped by the producer, received by the outlet. */
public enum SupplierOrderStatus {
    AWAITING_PAYMENT("รอชำระเงิน", "Awaiting payment"),
    CONFIRMED("รอจัดส่ง", "To ship"),
    SHIPPED("จัดส่งแล้ว", "Shipped"),
    RECEIVED("รับสินค้าแล้ว", "Received"),
    CANCELLED("ยกเลิกแล้ว", "Cancelled");

    private final String labelTh;
    private final String labelEn;

    SupplierOrderStatus(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelTh, labelEn);
    }
}
