package th.otop.orders.order;

import java.util.Locale;

/** Where an order stands. The allowed moves between them are in {@link Order#next}. */
public enum OrderStatus {
    PENDING_PAYMENT("รอชำระเงิน", "Awaiting payment"),
    PAID("ชำระเงินแล้ว", "Paid"),
    ACCEPTED("ร้านรับคำสั่งซื้อแล้ว", "Accepted by the shop"),
    PACKED("แพ็กสินค้าแล้ว", "Packed"),
    SHIPPED("จัดส่งแล้ว", "Shipped"),
    DELIVERED("ส่งถึงแล้ว", "Delivered"),
    COMPLETED("สำเร็จ", "Completed"),
    CANCELLED("ยกเลิกแล้ว", "Cancelled"),
    REFUNDED("คืนเงินแล้ว", "Refunded");

    private final String labelTh;
    private final String labelEn;

    OrderStatus(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return "th".equals(locale.getLanguage()) ? labelTh : labelEn;
    }
}
