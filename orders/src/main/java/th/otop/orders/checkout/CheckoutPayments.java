package th.otop.orders.checkout;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.order.Actor;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentGateways;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.PaymentRequest;

/**
 * Between a checkout and its payment: what to show the buyer, and what to do when a provider reports money. A report is
 * believed only for exactly the checkout's total in baht, and only moves the checkout forward.
 */
@Singleton
public class CheckoutPayments {
    static final String CURRENCY = "thb";

    private final CheckoutRows rows;
    private final Orders orders;
    private final Producers producers;
    private final PaymentGateways gateways;

    CheckoutPayments(CheckoutRows rows, Orders orders, Producers producers, PaymentGateways gateways) {
        this.rows = rows;
        this.orders = orders;
        this.producers = producers;
        this.gateways = gateways;
    }

    /**
     * How the buyer pays the orders of the checkout still awaiting payment: a Stripe PaymentIntent, PromptPay codes or
     * cash on delivery. Asking again answers the same payment.
     */
    @Transactional
    public PaymentInstructions instructions(Buyer buyer, String checkoutPublicId) {
        CheckoutRows.Row row = rows.byPublicId(checkoutPublicId)
                .filter(r -> r.buyerKey().equals(buyer.key()))
                .orElseThrow(() -> nothingToPay("ไม่พบคำสั่งซื้อนี้", "There is no such order"));
        Checkout checkout = row.checkout();
        List<Order> awaiting = checkout.orders().stream()
                .filter(o -> o.status() == OrderStatus.PENDING_PAYMENT)
                .toList();
        if (awaiting.isEmpty()) {
            throw nothingToPay("คำสั่งซื้อนี้ไม่มียอดค้างชำระ", "Nothing is left to pay for this order");
        }
        PaymentRequest request = new PaymentRequest(
                checkout.publicId(),
                awaiting.stream().mapToLong(Order::totalSatang).sum(),
                awaiting.stream().map(this::payee).toList());
        PaymentInstructions instructions = gateways.of(checkout.paymentMethod()).instruct(request);
        // showing the payment again starts a new attempt: its outcome, not the last failure, is what the buyer awaits
        rows.retry(checkout.id());
        if (instructions instanceof PaymentInstructions.StripeIntent intent) {
            rows.paymentIntent(checkout.id(), intent.paymentIntentId());
        }
        return instructions;
    }

    /**
     * The PromptPay code of one of the checkout's orders still awaiting payment, for the buyer to save or share: the
     * same payload as on the payment page. Unlike {@link #instructions}, asking starts no new payment attempt.
     */
    @Transactional
    public Optional<PaymentInstructions.PromptPayCodes.Code> promptPayCode(
            Buyer buyer, String checkoutPublicId, String orderPublicId) {
        Optional<Checkout> checkout = rows.byPublicId(checkoutPublicId)
                .filter(r -> r.buyerKey().equals(buyer.key()))
                .map(CheckoutRows.Row::checkout)
                .filter(c -> c.paymentMethod() == PaymentMethod.PROMPTPAY);
        Optional<Order> order = checkout.flatMap(c -> c.orders().stream()
                .filter(o -> o.publicId().equals(orderPublicId) && o.status() == OrderStatus.PENDING_PAYMENT)
                .findFirst());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        PaymentRequest request =
                new PaymentRequest(checkoutPublicId, order.get().totalSatang(), List.of(payee(order.get())));
        return gateways.of(PaymentMethod.PROMPTPAY).instruct(request)
                        instanceof PaymentInstructions.PromptPayCodes codes
                ? codes.codes().stream().findFirst()
                : Optional.empty();
    }

    /** The provider is processing the payment (a bank transfer in flight); shown to the buyer, changes no order. */
    @Transactional
    public void processing(String checkoutPublicId) {
        rows.byPublicId(checkoutPublicId)
                .ifPresent(r -> rows.advance(r.checkout().id(), PaymentStatus.PROCESSING));
    }

    /**
     * The provider refused an attempt to pay (a declined card, an expired QR code). The orders and their reserved stock
     * stay: the buyer may try again until the reservation expires.
     */
    @Transactional
    public void failed(String checkoutPublicId) {
        rows.byPublicId(checkoutPublicId)
                .ifPresent(r -> rows.advance(r.checkout().id(), PaymentStatus.FAILED));
    }

    /**
     * The provider received money for the checkout. Every order awaiting payment becomes paid, if the amount is exactly
     * their total in baht. Otherwise the checkout is flagged for an officer and nothing is marked paid: a different
     * amount or currency, or money for orders cancelled or expired meanwhile. A repeated report changes nothing.
     *
     * @param paymentId the provider's payment id, which must match the one the checkout was given, if any
     */
    @Transactional
    public void paid(String checkoutPublicId, String paymentId, long amount, String currency, Actor provider) {
        CheckoutRows.Row row = rows.lockByPublicId(checkoutPublicId).orElse(null);
        if (row == null || row.checkout().paymentStatus() == PaymentStatus.PAID) {
            return;
        }
        CheckoutId id = row.checkout().id();
        List<Order> awaiting = orders.lockAwaitingPayment(id.value());
        boolean matches =
                amount == awaiting.stream().mapToLong(Order::totalSatang).sum()
                        && CURRENCY.equals(currency == null ? null : currency.toLowerCase(Locale.ROOT))
                        && (row.paymentIntent() == null || row.paymentIntent().equals(paymentId));
        if (awaiting.isEmpty()) {
            rows.flag(id, PaymentFlag.PAID_AFTER_CANCELLATION);
        } else if (!matches) {
            rows.flag(id, PaymentFlag.AMOUNT_MISMATCH);
        } else {
            // refunds go to this payment, also when the page never got to store it
            rows.paymentIntent(id, paymentId);
            awaiting.forEach(o -> orders.confirmPayment(o.id(), provider));
            rows.advance(id, PaymentStatus.PAID);
        }
    }

    private PaymentRequest.Payee payee(Order order) {
        Producer producer = producers.find(order.producerId()).orElseThrow();
        return new PaymentRequest.Payee(
                order.publicId(),
                order.number().toString(),
                producer.nameTh(),
                producer.promptPayId(),
                order.totalSatang());
    }

    private static InvalidInputException nothingToPay(String th, String en) {
        return new InvalidInputException(List.of(new FieldError("checkout", th, en)));
    }
}
