package th.otop.orders.checkout;

/**
 * How far a checkout's online payment has come. It moves forward only, in declaration order, so a late or repeated
 * report never takes it back; the one step back is the buyer starting a new attempt after {@link #FAILED}.
 */
public enum PaymentStatus {
    AWAITING,
    PROCESSING,
    /** The provider refused the last attempt (a declined card, an expired QR code); the orders still wait for money. */
    FAILED,
    PAID
}
