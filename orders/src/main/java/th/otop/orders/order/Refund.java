package th.otop.orders.order;

import java.util.List;
import java.util.Locale;
import th.otop.catalog.validation.Checks;
import th.otop.orders.Baht;

/**
 * Money back after shipping: how many units of each line, in the order's line order, and whether the shipping charge
 * too. The amount is never typed by a person; it is what those units cost when they were bought.
 *
 * @param quantities one count per line of the order
 */
public record Refund(List<Integer> quantities, boolean shipping, String reason) {

    public Refund {
        quantities = List.copyOf(quantities);
    }

    /** Every unit left and the shipping, if it was not refunded yet. */
    public static Refund all(Order order, String reason) {
        return new Refund(
                order.lines().stream().map(OrderLine::refundableQuantity).toList(),
                order.shippingRefundableSatang() > 0,
                reason);
    }

    /** The amount in satang, once {@link #check} has passed. */
    long amountSatang(Order order) {
        long amount = shipping ? order.shippingRefundableSatang() : 0;
        for (int i = 0; i < quantities.size(); i++) {
            amount += Math.multiplyExact(order.lines().get(i).unitPriceSatang(), (long) quantities.get(i));
        }
        return amount;
    }

    /** Each count within what is left of its line, something chosen, a reason given; all errors at once. */
    void check(Order order) {
        Checks checks = new Checks();
        boolean matchesLines = quantities.size() == order.lines().size();
        boolean countsFit = matchesLines;
        checks.require(
                matchesLines,
                "quantity",
                "รายการคืนเงินไม่ตรงกับคำสั่งซื้อ โปรดโหลดหน้าใหม่",
                "The refund does not match the order's lines; reload the page");
        if (matchesLines) {
            for (int i = 0; i < quantities.size(); i++) {
                OrderLine line = order.lines().get(i);
                int quantity = quantities.get(i);
                countsFit &= quantity >= 0 && quantity <= line.refundableQuantity();
                checks.range(
                        quantity,
                        0,
                        line.refundableQuantity(),
                        "quantity." + i,
                        "จำนวนที่คืนของ " + line.title(Locale.forLanguageTag("th")),
                        "The refunded quantity of " + line.title(Locale.ENGLISH));
            }
        }
        checks.require(
                        !shipping || order.shippingRefundableSatang() > 0,
                        "shipping",
                        "ค่าส่งคืนไปแล้ว",
                        "The shipping was already refunded")
                .require(
                        !countsFit || amountSatang(order) > 0,
                        "quantity",
                        "เลือกจำนวนสินค้าหรือค่าส่งที่จะคืนอย่างน้อยหนึ่งรายการ (คืนได้สูงสุด "
                                + Baht.format(order.refundableSatang()) + " บาท)",
                        "Choose at least one unit or the shipping to refund (at most "
                                + Baht.format(order.refundableSatang()) + " baht)")
                .notBlank(reason, "reason", "เหตุผลที่คืนเงิน", "The reason for the refund")
                .maxLength(reason, 500, "reason", "เหตุผลที่คืนเงิน", "The reason for the refund")
                .throwIfInvalid();
    }
}
