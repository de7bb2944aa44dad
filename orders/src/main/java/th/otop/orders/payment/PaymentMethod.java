package th.otop.orders.payment;

/** How a checkout is paid. */
public enum PaymentMethod {
    /** Card or PromptPay through Stripe, to the platform, which pays producers out. */
    STRIPE,
    /** A PromptPay QR code per order, paid straight to the producer, who confirms receipt. */
    PROMPTPAY,
    /** Cash to the courier on delivery, where the producer allows it. */
    CASH_ON_DELIVERY;

    /** True when the money goes to the producer, not through the platform's account. */
    public boolean paysProducerDirectly() {
        return this != STRIPE;
    }
}
