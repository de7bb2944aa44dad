package th.otop.orders.checkout;

/** How far a checkout's online payment has come; it only ever moves forward, in declaration order. */
public enum PaymentStatus {
    AWAITING,
    PROCESSING,
    PAID
}
