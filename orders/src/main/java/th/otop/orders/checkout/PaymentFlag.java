package th.otop.orders.checkout;

/** A payment report that did not fit the checkout; the checkout stays unpaid and an officer looks into it. */
public enum PaymentFlag {
    /** The provider reported another amount or currency than the checkout's total in baht. */
    AMOUNT_MISMATCH,
    /** The money arrived after an order of the checkout was cancelled or expired: it must be refunded by hand. */
    PAID_AFTER_CANCELLATION
}
