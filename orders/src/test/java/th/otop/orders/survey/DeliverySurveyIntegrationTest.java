package th.otop.orders.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;

/**
 * A delivered order invites its buyer to a survey, linked from the delivery mail: the first as a new customer, the next
 * as a returning one.
 */
@MicronautTest(transactional = false)
class DeliverySurveyIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Checkouts checkouts;

    @Inject
    Orders orders;

    @Inject
    Surveys surveys;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.super.getProperties());
        properties.put("otop.site.url", "https://otop.example/");
        return properties;
    }

    @Test
    void deliveriesInviteTheBuyerOncePerOrder() {
        TestShop shop = new TestShop(context);
        ProducerId producer = shop.producer(true);
        ProductId product = shop.product(producer, 50_000, 10);
        Buyer buyer = TestShop.newBuyer();
        Instant from = Instant.now().minus(Duration.ofMinutes(5));
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Order order = checkouts
                    .place(shop.request(
                            buyer, shop.cartWith(buyer, product, 1), TestShop.newKey(), PaymentMethod.CASH_ON_DELIVERY))
                    .orders()
                    .get(0);
            orders.accept(producer, order.id());
            orders.markPacked(producer, order.id());
            orders.markShipped(producer, order.id(), Carrier.KERRY, "KEX123456789");
            orders.markDelivered(producer, order.id());
            delivered.add(order.publicId());
        }
        List<Satisfaction> invited = surveys.bySegment(from, Instant.now().plus(Duration.ofMinutes(5)));
        assertEquals(
                List.of(
                        new Satisfaction(Segment.CONSUMER, false, 1, 0, 0.0),
                        new Satisfaction(Segment.CONSUMER, true, 1, 0, 0.0)),
                invited);
        for (String order : delivered) {
            String invitation = surveys.forOccasion(buyer.key(), "order:" + order)
                    .orElseThrow()
                    .publicId();
            assertEquals(
                    1,
                    shop.queryInt(
                            "SELECT COUNT(*) FROM notification_outbox WHERE body LIKE '%https://otop.example/surveys/"
                                    + invitation + "%'"),
                    "the delivery mail links to the survey");
        }
    }
}
