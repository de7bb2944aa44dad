package th.otop.orders.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.PublicIds;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.Checks;
import th.otop.orders.Buyer;
import th.otop.orders.ledger.PlatformFees;

/**
 * Orders as producers, buyers and the platform see and move them. A producer's methods act on that producer's orders
 * only and a buyer's on that buyer's: any other order is {@link OrderNotFoundException}, as if it did not exist.
 */
@Singleton
public class Orders {
    static final int LIST_LIMIT = 200;

    private final OrderRows rows;
    private final OrderTransitions transitions;
    private final OrderMails mails;
    private final PlatformFees fees;

    Orders(OrderRows rows, OrderTransitions transitions, OrderMails mails, PlatformFees fees) {
        this.rows = rows;
        this.transitions = transitions;
        this.mails = mails;
        this.fees = fees;
    }

    /** Creates an order awaiting payment; called by the checkout in its transaction, after stock was reserved. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Order open(NewOrder order, Actor actor) {
        long fee = order.lines().stream()
                .mapToLong(l -> fees.feeSatang(l.category(), l.lineSatang()))
                .sum();
        OrderId id = new OrderId(rows.insert(order, PublicIds.next(), fee));
        rows.recordEvent(id, "PLACE", null, OrderStatus.PENDING_PAYMENT, actor, null);
        Order placed = rows.find(id).orElseThrow();
        mails.placed(placed);
        return placed;
    }

    @Transactional
    public Order forProducer(ProducerId producer, OrderId id) {
        return rows.find(id)
                .filter(o -> o.producerId().equals(producer))
                .orElseThrow(() -> new OrderNotFoundException(String.valueOf(id.value())));
    }

    /** The producer's newest orders, optionally in one state only. */
    @Transactional
    public List<Order> listForProducer(ProducerId producer, @Nullable OrderStatus status) {
        return rows.ofProducer(producer, status, LIST_LIMIT);
    }

    @Transactional
    public Order forBuyer(Buyer buyer, String publicId) {
        return rows.findByPublicId(publicId)
                .filter(o -> buyer.key().equals(rows.buyerKey(o.checkoutId())))
                .orElseThrow(() -> new OrderNotFoundException(publicId));
    }

    @Transactional
    public List<Order> ofCheckout(long checkoutId) {
        return rows.ofCheckout(checkoutId);
    }

    @Transactional
    public List<OrderEvent> history(OrderId id) {
        return rows.history(id);
    }

    @Transactional
    public Order accept(ProducerId producer, OrderId id) {
        return byProducer(producer, id, OrderAction.ACCEPT, Details.NONE);
    }

    @Transactional
    public Order markPacked(ProducerId producer, OrderId id) {
        return byProducer(producer, id, OrderAction.PACK, Details.NONE);
    }

    @Transactional
    public Order markShipped(ProducerId producer, OrderId id, Carrier carrier, String trackingNumber) {
        String tracking = trackingNumber == null ? null : trackingNumber.strip().toUpperCase(java.util.Locale.ROOT);
        new Checks()
                .require(carrier != null, "carrier", "กรุณาเลือกบริษัทขนส่ง", "Choose the carrier")
                .require(
                        tracking != null && tracking.matches("[A-Z0-9-]{6,40}"),
                        "trackingNumber",
                        "เลขพัสดุต้องเป็นตัวอักษรภาษาอังกฤษหรือตัวเลข 6-40 ตัว",
                        "The tracking number must be 6-40 letters or digits")
                .throwIfInvalid();
        return byProducer(producer, id, OrderAction.SHIP, new Details(carrier, tracking, null));
    }

    @Transactional
    public Order markDelivered(ProducerId producer, OrderId id) {
        return byProducer(producer, id, OrderAction.DELIVER, Details.NONE);
    }

    /** The producer saw the PromptPay transfer arrive in their bank account. */
    @Transactional
    public Order confirmPromptPayReceived(ProducerId producer, OrderId id) {
        Order order = lockedFor(producer, id);
        new Checks()
                .require(
                        order.paymentMethod() == th.otop.orders.payment.PaymentMethod.PROMPTPAY,
                        "paymentMethod",
                        "คำสั่งซื้อนี้ไม่ได้ชำระด้วยพร้อมเพย์",
                        "This order is not paid by PromptPay")
                .throwIfInvalid();
        return transitions.apply(order, OrderAction.CONFIRM_PAYMENT, Actor.producer(producer), Details.NONE, 0);
    }

    /** Before shipping; stock returns and a paid order is refunded in full. */
    @Transactional
    public Order cancelByProducer(ProducerId producer, OrderId id, String reason) {
        new Checks()
                .notBlank(reason, "reason", "เหตุผลที่ยกเลิก", "The reason for cancelling")
                .maxLength(reason, 500, "reason", "เหตุผลที่ยกเลิก", "The reason for cancelling")
                .throwIfInvalid();
        return byProducer(producer, id, OrderAction.CANCEL_BY_PRODUCER, Details.note(reason.strip()));
    }

    /** After shipping, some units or all, and the shipping: see {@link Refund}. More refunds may follow a partial one. */
    @Transactional
    public Order refund(ProducerId producer, OrderId id, Refund refund) {
        return refund(lockedFor(producer, id), refund, Actor.producer(producer));
    }

    /**
     * The same refund made by an officer settling a buyer's complaint, for any producer's order; the caller writes the
     * audit line in this transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Order refundByOfficer(long officerAccount, String publicId, Refund refund) {
        Order order = rows.findByPublicId(publicId).orElseThrow(() -> new OrderNotFoundException(publicId));
        return refund(locked(order.id()), refund, Actor.officer(officerAccount));
    }

    /** A retail order by the key in its address, for an officer's page. */
    @Transactional
    public Optional<Order> findByPublicId(String publicId) {
        return rows.findByPublicId(publicId);
    }

    private Order refund(Order order, Refund refund, Actor actor) {
        order.next(OrderAction.REFUND);
        refund.check(order);
        rows.markRefunded(order.id(), refund.quantities());
        return transitions.apply(
                order, OrderAction.REFUND, actor, Details.note(refund.reason().strip()), refund.amountSatang(order));
    }

    /** Before the producer accepted; a paid order is refunded in full. */
    @Transactional
    public Order cancelByBuyer(Buyer buyer, OrderId id) {
        return byBuyer(buyer, id, OrderAction.CANCEL_BY_BUYER);
    }

    /** The buyer confirms the parcel arrived in good order. */
    @Transactional
    public Order confirmReceived(Buyer buyer, OrderId id) {
        return byBuyer(buyer, id, OrderAction.COMPLETE);
    }

    /**
     * Locks the orders of a checkout that still await payment, in the caller's transaction, so that a payment report
     * and an expiry or cancellation cannot both act on them.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Order> lockAwaitingPayment(long checkoutId) {
        return rows.lockOfCheckout(checkoutId).stream()
                .filter(o -> o.status() == OrderStatus.PENDING_PAYMENT)
                .toList();
    }

    /** A payment provider received the money of this order; in the caller's (the webhook's) transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Order confirmPayment(OrderId id, Actor provider) {
        return transitions.apply(locked(id), OrderAction.CONFIRM_PAYMENT, provider, Details.NONE, 0);
    }

    /** The reservation ran out unpaid; stock goes back. */
    @Transactional
    public Order expire(OrderId id) {
        return transitions.apply(locked(id), OrderAction.EXPIRE, Actor.system("expiry"), Details.NONE, 0);
    }

    private Order byProducer(ProducerId producer, OrderId id, OrderAction action, Details details) {
        return transitions.apply(lockedFor(producer, id), action, Actor.producer(producer), details, 0);
    }

    private Order byBuyer(Buyer buyer, OrderId id, OrderAction action) {
        Order order = locked(id);
        if (!buyer.key().equals(rows.buyerKey(order.checkoutId()))) {
            throw new OrderNotFoundException(String.valueOf(id.value()));
        }
        return transitions.apply(order, action, Actor.buyer(buyer), Details.NONE, 0);
    }

    private Order lockedFor(ProducerId producer, OrderId id) {
        Order order = locked(id);
        if (!order.producerId().equals(producer)) {
            throw new OrderNotFoundException(String.valueOf(id.value()));
        }
        return order;
    }

    private Order locked(OrderId id) {
        return rows.lock(id).orElseThrow(() -> new OrderNotFoundException(String.valueOf(id.value())));
    }
}
