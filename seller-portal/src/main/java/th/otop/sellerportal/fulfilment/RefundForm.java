package th.otop.sellerportal.fulfilment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.otop.catalog.validation.Checks;
import th.otop.orders.order.Order;
import th.otop.orders.order.Refund;
import th.otop.sellerportal.web.Forms;

/** Reads the refund form of {@code fragments/refund}: a count per line ({@code quantity.0}, ...), the shipping box. */
public final class RefundForm {
    private RefundForm() {}

    /** A blank count is none; text that is not a whole number is an error on that line's field. */
    public static Refund read(Order order, Map<String, String> form) {
        Checks checks = new Checks();
        List<Integer> quantities = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            String typed = Forms.value(form, "quantity." + i).strip();
            Integer quantity = typed.isEmpty() ? Integer.valueOf(0) : parse(typed);
            checks.require(
                    quantity != null,
                    "quantity." + i,
                    "จำนวนที่คืนต้องเป็นจำนวนเต็ม",
                    "The refunded quantity must be a whole number");
            quantities.add(quantity == null ? 0 : quantity);
        }
        checks.throwIfInvalid();
        return new Refund(quantities, "on".equals(form.get("shipping")), Forms.value(form, "reason"));
    }

    private static Integer parse(String typed) {
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
