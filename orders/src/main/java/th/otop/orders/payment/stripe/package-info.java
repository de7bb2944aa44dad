/** Stripe: PaymentIntents in baht for card and PromptPay, refunds, and the signed webhook; active when keys are set. */
package th.otop.orders.payment.stripe;
