package th.otop.orders.payment;

/** The payment provider could not be reached or refused a call; nothing was recorded, the call can be retried. */
public class PaymentProviderException extends RuntimeException {
    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
