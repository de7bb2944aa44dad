package th.otop.orders.payment.stripe;

/** A webhook request that is not provably from Stripe, or not from now; the app answers 400 and changes nothing. */
public class WebhookRejectedException extends RuntimeException {
    public WebhookRejectedException(String message) {
        super(message);
    }

    public WebhookRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
