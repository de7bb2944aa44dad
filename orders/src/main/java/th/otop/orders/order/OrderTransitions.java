package th.otop.orders.order;

import jakarta.inject.Singleton;
import java.util.Comparator;
import th.otop.catalog.stock.MovementReason;
import th.otop.catalog.stock.Stock;
import th.otop.orders.cart.LineKey;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.ledger.Sale;
import th.otop.orders.payment.PaymentGateways;
import th.otop.orders.payment.RefundRequest;
import th.otop.orders.survey.Surveys;

/**
 * Carries out one allowed move of a locked order with everything that belongs to it, in the caller's transaction: the
 * new state, the history line, stock back on cancellation, ledger entries and refunds, the mails, and the
 * satisfaction survey a delivered order invites its buyer to.
 */
@Singleton
class OrderTransitions {
    private final OrderRows rows;
    private final Stock stock;
    private final Ledger ledger;
    private final PaymentGateways gateways;
    private final OrderMails mails;
    private final Surveys surveys;

    OrderTransitions(
            OrderRows rows, Stock stock, Ledger ledger, PaymentGateways gateways, OrderMails mails, Surveys surveys) {
        this.rows = rows;
        this.stock = stock;
        this.ledger = ledger;
        this.gateways = gateways;
        this.mails = mails;
        this.surveys = surveys;
    }

    /**
     * @param refundSatang for {@link OrderAction#REFUND}, the amount, already checked against what is refundable
     */
    Order apply(Order order, OrderAction action, Actor actor, Details details, long refundSatang) {
        OrderStatus to = order.next(action);
        if (action == OrderAction.REFUND && refundSatang < order.refundableSatang()) {
            // something is left to refund, so the order stays where it was: a delivered parcel can still complete
            to = order.status();
        }
        // cash on delivery is paid when the courier hands the parcel over
        boolean paidNow =
                action == OrderAction.CONFIRM_PAYMENT || (action == OrderAction.DELIVER && order.isCashOnDelivery());
        long refund = action == OrderAction.REFUND
                ? refundSatang
                : to == OrderStatus.CANCELLED ? order.refundableSatang() : 0;
        rows.update(order.id(), to, paidNow, details, refund);
        rows.recordEvent(order.id(), action.name(), order.status(), to, actor, details.note());
        if (paidNow) {
            ledger.paymentReceived(sale(order));
        }
        if (to == OrderStatus.CANCELLED) {
            MovementReason reason = action == OrderAction.EXPIRE ? MovementReason.EXPIRY : MovementReason.CANCELLATION;
            // in the checkout's lock order, so a release never deadlocks with a checkout of the same products; the
            // history names the part's number, as the producer's order pages do
            order.lines().stream()
                    .sorted(Comparator.comparing(
                            line -> new LineKey(line.productId(), line.variantId()), LineKey.LOCK_ORDER))
                    .forEach(line -> {
                        if (line.variantId() == null) {
                            stock.release(
                                    line.productId(),
                                    line.quantity(),
                                    reason,
                                    order.number().toString());
                        } else {
                            stock.releaseVariant(
                                    line.productId(),
                                    line.variantId(),
                                    line.quantity(),
                                    reason,
                                    order.number().toString());
                        }
                    });
        }
        if (refund > 0) {
            // the provider first: if it fails, the transaction rolls back and nothing claims money went back; the
            // idempotency key makes a retry after a lost commit return the same refund instead of paying twice
            gateways.of(order.paymentMethod())
                    .refund(new RefundRequest(
                            order.publicId(),
                            rows.paymentReference(order.checkoutId()),
                            refund,
                            "refund-" + order.publicId() + "-" + order.refundedSatang()));
            ledger.refunded(sale(order), order.refundedSatang(), refund);
        }
        String survey = to == OrderStatus.DELIVERED
                ? surveys.inviteBuyer(rows.buyerKey(order.checkoutId()), order.publicId())
                : null;
        mails.changed(order, to, actor, refund, survey);
        return rows.find(order.id()).orElseThrow();
    }

    private static Sale sale(Order order) {
        return new Sale(
                order.checkoutId(),
                order.id().value(),
                order.producerId(),
                order.totalSatang(),
                order.feeSatang(),
                order.paymentMethod());
    }
}
