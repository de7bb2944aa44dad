package th.otop.orders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.RealServices;
import th.otop.orders.TestShop;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.payment.PaymentMethod;

@MicronautTest(transactional = false)
class ReservationExpiryIntegrationTest implements RealServices {
    static final long TTL_MILLIS = 1_500;

    @Inject
    ApplicationContext context;

    @Inject
    ReservationExpiry expiry;

    @Inject
    Orders orders;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(RealServices.super.getProperties());
            properties.put("otop.orders.reservation-ttl", TTL_MILLIS + "ms");
            // the test runs the job itself, at the moments it chooses
            properties.put("otop.orders.expiry-interval", "1h");
        }
        return properties;
    }

    @AfterEach
    void ledgerBalances() {
        new TestShop(context).assertLedgerBalances();
    }

    @Test
    void anUnpaidCheckoutExpiresAndItsStockReturns() throws Exception {
        TestShop shop = new TestShop(context);
        ProductId scarf = shop.product(shop.producer(true), 45_000, 10);
        Checkout unpaid = shop.buy(scarf, 3, PaymentMethod.PROMPTPAY);
        Checkout cod = shop.buy(scarf, 2, PaymentMethod.CASH_ON_DELIVERY);
        assertEquals(5, shop.stockOf(scarf));

        expiry.expireDue();
        assertEquals(5, shop.stockOf(scarf), "not yet due");
        Thread.sleep(TTL_MILLIS + 500);
        expiry.expireDue();

        Order expired = orders.ofCheckout(unpaid.id().value()).get(0);
        assertEquals(OrderStatus.CANCELLED, expired.status());
        assertEquals(
                OrderStatus.PENDING_PAYMENT,
                orders.ofCheckout(cod.id().value()).get(0).status());
        assertEquals(8, shop.stockOf(scarf));
        assertEquals("EXPIRE", orders.history(expired.id()).get(1).action());
        assertEquals(
                3,
                shop.queryInt(
                        "SELECT delta FROM stock_movement WHERE reason='EXPIRY' AND product_id=" + scarf.value()));
    }

    @Test
    void reservationsMadeBeforeARestartStillExpireAfterIt() throws Exception {
        ProductId scarf;
        long checkoutId;
        try (ApplicationContext before = ApplicationContext.run(Map.<String, Object>copyOf(getProperties()))) {
            TestShop shop = new TestShop(before);
            scarf = shop.product(shop.producer(false), 45_000, 10);
            checkoutId = shop.buy(scarf, 4, PaymentMethod.PROMPTPAY).id().value();
            assertEquals(6, shop.stockOf(scarf));
        }
        Thread.sleep(TTL_MILLIS + 500);
        try (ApplicationContext after = ApplicationContext.run(Map.<String, Object>copyOf(getProperties()))) {
            TestShop shop = new TestShop(after);
            after.getBean(ReservationExpiry.class).expireDue();
            assertEquals(10, shop.stockOf(scarf));
            assertEquals(
                    OrderStatus.CANCELLED,
                    after.getBean(Orders.class).ofCheckout(checkoutId).get(0).status());
        }
    }
}
