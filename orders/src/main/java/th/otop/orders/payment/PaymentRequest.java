package th.otop.orders.payment;

import java.util.List;

/**
 * What a checkout asks to be paid, built from the database only.
 *
 * @param checkoutPublicId also the idempotency key of the provider's payment object, so a retry never charges twice
 * @param payees one per order, for methods that pay each producer directly
 */
public record PaymentRequest(String checkoutPublicId, long totalSatang, List<Payee> payees) {

    /**
     * @param reference the order's number as its buyer knows it, shown beside the code
     * @param promptPayId the producer's PromptPay id as registered, null if none
     */
    public record Payee(
            String orderPublicId, String reference, String producerName, String promptPayId, long amountSatang) {}
}
