package th.otop.orders.order;

import java.util.Locale;

/** An action the order's state does not allow; the apps answer it with 409 Conflict. */
public class IllegalTransitionException extends RuntimeException {
    private final OrderStatus status;
    private final OrderAction action;

    public IllegalTransitionException(OrderStatus status, OrderAction action) {
        super("An order that is " + status + " cannot " + action);
        this.status = status;
        this.action = action;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderAction action() {
        return action;
    }

    public String messageTh() {
        return "ทำรายการนี้ไม่ได้ เพราะคำสั่งซื้ออยู่ในสถานะ \"" + status.label(Locale.forLanguageTag("th")) + "\"";
    }

    public String messageEn() {
        return "Not possible: the order is " + status.label(Locale.ENGLISH).toLowerCase(Locale.ENGLISH);
    }
}
