package th.otop.orders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.ledger.PayoutLine;
import th.otop.orders.ledger.PayoutReport;
import th.otop.orders.ledger.Payouts;
import th.otop.orders.notification.NotificationDispatch;
import th.otop.orders.payment.PaymentMethod;

@MicronautTest(transactional = false)
class OrderLifecycleIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Orders orders;

    @Inject
    Ledger ledger;

    @Inject
    Payouts payouts;

    @Inject
    Carts carts;

    @Inject
    Checkouts checkouts;

    @Inject
    NotificationDispatch notifications;

    TestShop shop;
    ProducerId producer;
    ProductId scarf;

    @BeforeAll
    void shop() {
        shop = new TestShop(context);
        producer = shop.producer(true);
        scarf = shop.product(producer, 45_000, 1_000);
    }

    @AfterEach
    void ledgerBalances() {
        shop.assertLedgerBalances();
    }

    @Test
    void aPromptPayOrderGoesAllTheWayAndEveryStepIsRecorded() {
        long balanceBefore = ledger.balanceOf(producer);
        Order order = placed(PaymentMethod.PROMPTPAY);
        OrderId id = order.id();

        orders.confirmPromptPayReceived(producer, id);
        orders.accept(producer, id);
        orders.markPacked(producer, id);
        Order shipped = orders.markShipped(producer, id, Carrier.THAILAND_POST, " ep123456789th ");
        orders.markDelivered(producer, id);
        Order completed = orders.confirmReceived(buyerOf(order), id);

        assertEquals(OrderStatus.COMPLETED, completed.status());
        assertEquals("EP123456789TH", shipped.trackingNumber());
        assertEquals(Carrier.THAILAND_POST, shipped.carrier());
        assertNotNull(completed.paidAt());
        List<OrderEvent> history = orders.history(id);
        assertEquals(
                List.of("PLACE", "CONFIRM_PAYMENT", "ACCEPT", "PACK", "SHIP", "DELIVER", "COMPLETE"),
                history.stream().map(OrderEvent::action).toList());
        assertEquals("producer:" + producer.value(), history.get(1).actor());
        assertEquals(OrderStatus.PAID, history.get(1).to());
        // paid straight to the producer: they hold the money and owe the platform its fee
        assertEquals(-order.feeSatang(), ledger.balanceOf(producer) - balanceBefore);
    }

    @Test
    void anotherProducerCannotTouchTheOrder() {
        Order order = placed(PaymentMethod.PROMPTPAY);
        ProducerId stranger = shop.producer(false);
        assertThrows(OrderNotFoundException.class, () -> orders.accept(stranger, order.id()));
        assertThrows(OrderNotFoundException.class, () -> orders.confirmPromptPayReceived(stranger, order.id()));
        assertThrows(OrderNotFoundException.class, () -> orders.forProducer(stranger, order.id()));
        assertThrows(OrderNotFoundException.class, () -> orders.cancelByBuyer(TestShop.newBuyer(), order.id()));
        assertEquals(
                OrderStatus.PENDING_PAYMENT,
                orders.forProducer(producer, order.id()).status());
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        Order order = placed(PaymentMethod.PROMPTPAY);
        assertThrows(IllegalTransitionException.class, () -> orders.accept(producer, order.id()));
        assertThrows(
                IllegalTransitionException.class,
                () -> orders.markShipped(producer, order.id(), Carrier.KERRY, "KER1234567"));
        assertEquals(1, orders.history(order.id()).size());
    }

    @Test
    void aProducerCancellingAPaidOrderReturnsTheStockAndTheMoney() {
        int before = shop.stockOf(scarf);
        Order order = placed(PaymentMethod.PROMPTPAY);
        orders.confirmPromptPayReceived(producer, order.id());
        assertThrows(InvalidInputException.class, () -> orders.cancelByProducer(producer, order.id(), " "));

        Order cancelled = orders.cancelByProducer(producer, order.id(), "ผ้าเปื้อน / the cloth got stained");

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(order.totalSatang(), cancelled.refundedSatang());
        assertEquals("ผ้าเปื้อน / the cloth got stained", cancelled.cancelReason());
        assertEquals(before, shop.stockOf(scarf));
    }

    @Test
    void theBuyerCanCancelBeforeAcceptanceOnly() {
        int before = shop.stockOf(scarf);
        Order first = placed(PaymentMethod.PROMPTPAY);
        orders.cancelByBuyer(buyerOf(first), first.id());
        assertEquals(before, shop.stockOf(scarf));

        Order second = placed(PaymentMethod.CASH_ON_DELIVERY);
        orders.accept(producer, second.id());
        assertThrows(IllegalTransitionException.class, () -> orders.cancelByBuyer(buyerOf(second), second.id()));
    }

    @Test
    void cashOnDeliveryIsPaidWhenDeliveredAndCanBePartlyRefundedAfterwards() {
        long balanceBefore = ledger.balanceOf(producer);
        Order order = placed(PaymentMethod.CASH_ON_DELIVERY);
        orders.accept(producer, order.id());
        orders.markPacked(producer, order.id());
        orders.markShipped(producer, order.id(), Carrier.FLASH, "TH0123456789");
        assertThrows(
                IllegalTransitionException.class,
                () -> orders.refund(producer, order.id(), new Refund(List.of(1), false, "not paid yet")));
        Order delivered = orders.markDelivered(producer, order.id());
        assertNotNull(delivered.paidAt());
        InvalidInputException tooMany = assertThrows(
                InvalidInputException.class,
                () -> orders.refund(producer, order.id(), new Refund(List.of(3), false, " ")));
        assertEquals(
                List.of("quantity.0", "reason"),
                tooMany.errors().stream().map(e -> e.field()).toList(),
                "every broken rule at once");
        assertThrows(
                InvalidInputException.class,
                () -> orders.refund(producer, order.id(), new Refund(List.of(0), false, "nothing chosen")));
        assertThrows(
                InvalidInputException.class,
                () -> orders.refund(producer, order.id(), new Refund(List.of(1, 1), false, "a line too many")));

        long unit = order.lines().get(0).unitPriceSatang();
        Order partly = orders.refund(producer, order.id(), new Refund(List.of(1), false, "ขอบผ้าชำรุด / damaged hem"));

        assertEquals(OrderStatus.DELIVERED, partly.status(), "a partial refund leaves the order where it was");
        assertEquals(unit, partly.refundedSatang());
        assertEquals(1, partly.lines().get(0).refundedQuantity());
        long feeBack = order.feeSatang() * unit / order.totalSatang();
        assertEquals(-(order.feeSatang() - feeBack), ledger.balanceOf(producer) - balanceBefore);

        Order rest = orders.refund(producer, order.id(), Refund.all(partly, "ส่งคืนทั้งหมด / all returned"));
        assertEquals(OrderStatus.REFUNDED, rest.status());
        assertEquals(order.totalSatang(), rest.refundedSatang(), "the other unit and the shipping");
        assertEquals(0, rest.shippingRefundableSatang());
        assertEquals(0, ledger.balanceOf(producer) - balanceBefore, "the whole fee went back");
        assertThrows(
                IllegalTransitionException.class,
                () -> orders.refund(producer, order.id(), new Refund(List.of(0), true, "again")));
    }

    @Test
    void theShippingIsRefundedOnceAndOnlyTheUnitsLeftAfterwards() {
        Order order = placed(PaymentMethod.CASH_ON_DELIVERY);
        orders.accept(producer, order.id());
        orders.markPacked(producer, order.id());
        orders.markShipped(producer, order.id(), Carrier.FLASH, "TH0123456780");
        orders.markDelivered(producer, order.id());

        Order shipping = orders.refund(producer, order.id(), new Refund(List.of(0), true, "ส่งช้า / late"));
        assertEquals(order.shippingSatang(), shipping.refundedSatang());
        assertEquals(0, shipping.shippingRefundableSatang());
        InvalidInputException twice = assertThrows(
                InvalidInputException.class,
                () -> orders.refund(producer, order.id(), new Refund(List.of(0), true, "again")));
        assertEquals("shipping", twice.errors().get(0).field());

        Order units = orders.refund(producer, order.id(), new Refund(List.of(2), false, "ชำรุด / damaged"));
        assertEquals(OrderStatus.REFUNDED, units.status());
        assertEquals(order.totalSatang(), units.refundedSatang());
        shop.assertLedgerBalances();
    }

    @Test
    void thePayoutsReportAddsUpAndAPayoutCannotExceedTheBalance() {
        PayoutReport report = payouts.report(producer);
        assertEquals(
                report.salesSatang()
                        - report.refundsSatang()
                        - report.feesSatang()
                        - report.fundSharesSatang()
                        - report.collectedDirectlySatang()
                        - report.paidOutSatang(),
                report.balanceSatang());
        assertThrows(
                InvalidInputException.class,
                () -> payouts.record(
                        TestShop.GRADING_OFFICER,
                        List.of(new PayoutLine(producer, report.balanceSatang() + 1, "KTB-0001"))));
    }

    @Test
    void everyChangeQueuesAMailAndTheDispatchSendsThem() {
        int before = shop.queryInt("SELECT COALESCE(MAX(id), 0) FROM notification_outbox");
        Order order = placed(PaymentMethod.PROMPTPAY);
        orders.confirmPromptPayReceived(producer, order.id());
        // counted whether sent or not: the scheduled dispatch may already have sent some
        int queued = shop.queryInt("SELECT COUNT(*) FROM notification_outbox WHERE id > " + before);
        // placed: buyer and producer; paid by the producer: the buyer only
        assertTrue(queued >= 3, queued + " mails queued");
        while (notifications.sendPending() > 0) {
            // drain
        }
        assertEquals(0, shop.queryInt("SELECT COUNT(*) FROM notification_outbox WHERE sent_at IS NULL"));
    }

    private Order placed(PaymentMethod method) {
        Buyer buyer = TestShop.newBuyer();
        Cart cart = carts.add(buyer, scarf, 2);
        Checkout checkout = checkouts.place(shop.request(buyer, cart, TestShop.newKey(), method));
        return checkout.orders().get(0);
    }

    private Buyer buyerOf(Order order) {
        return new Buyer(shop.queryString("SELECT buyer_key FROM checkout WHERE id=" + order.checkoutId()));
    }
}
