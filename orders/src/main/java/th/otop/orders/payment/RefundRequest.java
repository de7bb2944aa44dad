package th.otop.orders.payment;

/**
 * Money to give back for one order.
 *
 * @param providerPaymentId the provider's payment the money came with (a Stripe PaymentIntent id), null for direct
 *     payments
 * @param idempotencyKey the same for a retry of the same refund, so it is paid once
 */
public record RefundRequest(String orderPublicId, String providerPaymentId, long amountSatang, String idempotencyKey) {}
