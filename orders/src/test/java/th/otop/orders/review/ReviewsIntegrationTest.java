package th.otop.orders.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.cart.Cart;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;

@MicronautTest(transactional = false)
class ReviewsIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Reviews reviews;

    @Inject
    Orders orders;

    @Inject
    Checkouts checkouts;

    @Inject
    Products products;

    private record Purchase(Buyer buyer, ProducerId producer, ProductId product, Order order) {}

    private Purchase delivered() {
        TestShop shop = new TestShop(context);
        ProducerId producer = shop.producer(true);
        ProductId product = shop.product(producer, 120_000, 5);
        Buyer buyer = TestShop.newBuyer();
        Cart cart = shop.cartWith(buyer, product, 1);
        Checkout checkout =
                checkouts.place(shop.request(buyer, cart, TestShop.newKey(), PaymentMethod.CASH_ON_DELIVERY));
        Order order = checkout.orders().get(0);
        orders.accept(producer, order.id());
        orders.markPacked(producer, order.id());
        orders.markShipped(producer, order.id(), Carrier.THAILAND_POST, "EF123456789TH");
        orders.markDelivered(producer, order.id());
        return new Purchase(buyer, producer, product, order);
    }

    @Test
    void aBuyerOfADeliveredOrderReviewsOnceAndTheProducerRepliesOnce() {
        Purchase p = delivered();
        long id = reviews.write(p.buyer(), p.order().publicId(), p.product(), 4, "ผ้าสวย เนื้อดี", null);
        assertThrows(
                InvalidInputException.class,
                () -> reviews.write(p.buyer(), p.order().publicId(), p.product(), 5, "อีกครั้ง", null));
        reviews.reply(p.producer(), id, "ขอบคุณค่ะ");
        assertThrows(InvalidInputException.class, () -> reviews.reply(p.producer(), id, "ตอบซ้ำ"));
        RatingSummary summary = reviews.summaryOfProduct(p.product());
        assertEquals(1, summary.count());
        assertEquals(4.0, summary.average());
        assertEquals(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 1L, 5, 0L), summary.distribution());
        assertEquals("ขอบคุณค่ะ", reviews.visibleFor(p.product()).get(0).reply());
    }

    @Test
    void writingReplyingAndHidingEachGiveTheProductANewVersionSoItsKeptPagesAreDropped() {
        Purchase p = delivered();
        long delivered = version(p.product());
        long id = reviews.write(p.buyer(), p.order().publicId(), p.product(), 5, "หอมมาก", null);
        long written = version(p.product());
        reviews.reply(p.producer(), id, "ขอบคุณค่ะ");
        long replied = version(p.product());
        reviews.hide(id, "โฆษณา");
        assertTrue(delivered < written && written < replied && replied < version(p.product()));
    }

    private long version(ProductId product) {
        return products.find(product).orElseThrow().version();
    }

    @Test
    void someoneWhoDidNotBuyCannotReview() {
        Purchase p = delivered();
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> reviews.write(TestShop.newBuyer(), p.order().publicId(), p.product(), 1, "ของปลอม", null));
        assertEquals("order", e.errors().get(0).field());
    }

    @Test
    void anOfficerHidesAnAbusiveReview() {
        Purchase p = delivered();
        long id = reviews.write(p.buyer(), p.order().publicId(), p.product(), 1, "คำหยาบ", null);
        reviews.hide(id, "ถ้อยคำไม่เหมาะสม");
        assertEquals(0, reviews.visibleFor(p.product()).size());
        assertEquals(0, reviews.summaryOfProducer(p.producer()).count());
    }
}
