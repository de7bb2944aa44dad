/** One small port, {@link th.otop.orders.payment.PaymentGateway}, for the ways a buyer can pay; one adapter per way. */
package th.otop.orders.payment;
