package th.otop.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.payment.PaymentMethod;

@MicronautTest(transactional = false)
class TrackingIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Checkouts checkouts;

    @Test
    void aBuyerSeesTheirOrdersNewestFirstAndAnyoneWithNumberAndPhoneCanFollowOne() {
        TestShop shop = new TestShop(context);
        ProducerId producer = shop.producer(true);
        ProductId product = shop.product(producer, 30_000, 10);
        Buyer guest = TestShop.newBuyer();
        Buyer account = Buyer.account(4242);
        Checkout first = checkouts.place(
                shop.request(guest, shop.cartWith(guest, product, 1), TestShop.newKey(), PaymentMethod.PROMPTPAY));
        Checkout second = checkouts.place(
                shop.request(account, shop.cartWith(account, product, 2), TestShop.newKey(), PaymentMethod.PROMPTPAY));
        Buyer someoneElse = TestShop.newBuyer();
        checkouts.place(shop.request(
                someoneElse, shop.cartWith(someoneElse, product, 1), TestShop.newKey(), PaymentMethod.PROMPTPAY));

        assertEquals(
                List.of(second.publicId(), first.publicId()),
                checkouts.ofBuyers(List.of(guest, account)).stream()
                        .map(Checkout::publicId)
                        .toList());
        assertEquals(
                List.of(first.publicId()),
                checkouts.ofBuyers(List.of(guest)).stream()
                        .map(Checkout::publicId)
                        .toList());

        // TestShop ships to 081-234-5678
        assertEquals(
                first.publicId(),
                checkouts.track(first.publicId(), "081-234-5678").orElseThrow().publicId());
        assertEquals(
                1,
                checkouts
                        .track(first.publicId(), "0812345678")
                        .orElseThrow()
                        .orders()
                        .size());
        assertTrue(checkouts.track(first.publicId(), "0899999999").isEmpty(), "the wrong phone reveals nothing");
        assertTrue(checkouts.track("nosuchnumber", "0812345678").isEmpty());
        assertTrue(checkouts.track(first.publicId(), "not a phone").isEmpty());
    }
}
