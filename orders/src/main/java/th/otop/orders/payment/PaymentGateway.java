package th.otop.orders.payment;

import java.util.Optional;

/** The port every payment adapter implements: how to ask for the money, and how to give it back. */
public interface PaymentGateway {
    PaymentMethod method();

    /** Safe to call again for the same request: it answers the same payment, never a second one. */
    PaymentInstructions instruct(PaymentRequest request);

    /**
     * Returns money to the buyer. Answers the provider's refund id; empty when the producer, who holds the money, pays it
     * back in person and the ledger alone records it.
     */
    Optional<String> refund(RefundRequest request);
}
