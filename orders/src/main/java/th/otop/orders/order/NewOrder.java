package th.otop.orders.order;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.payment.PaymentMethod;

/**
 * One producer's share of a checkout being placed, priced from the database by the checkout.
 *
 * @param part the share's place among the checkout's shares, from 1: its number is the checkout's with this part
 * @param parts how many shares the checkout has
 * @param payWithin how long the reservation waits for the payment; null when nothing is awaited (cash on delivery)
 */
public record NewOrder(
        long checkoutId,
        int part,
        int parts,
        ProducerId producer,
        PaymentMethod method,
        long shippingSatang,
        @Nullable Duration payWithin,
        List<OrderLine> lines) {

    public long itemsSatang() {
        return lines.stream().mapToLong(OrderLine::lineSatang).sum();
    }
}
