package th.otop.orders.order;

/** What someone can do to an order; whether it is allowed depends on the order's state ({@link Order#next}). */
public enum OrderAction {
    /** The payment arrived: Stripe's webhook, or the producer confirming a PromptPay transfer. */
    CONFIRM_PAYMENT,
    ACCEPT,
    PACK,
    SHIP,
    DELIVER,
    /** The buyer confirms receipt. */
    COMPLETE,
    CANCEL_BY_BUYER,
    CANCEL_BY_PRODUCER,
    /** Unpaid past the reservation time. */
    EXPIRE,
    /** Money back after shipping (before shipping, an order is cancelled instead, which refunds it in full). */
    REFUND
}
