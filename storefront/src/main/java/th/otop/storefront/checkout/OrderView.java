package th.otop.storefront.checkout;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import th.otop.catalog.producer.Producer;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;

/**
 * One producer's order as the buyer follows it: status, lines, totals and the courier's tracking link.
 *
 * @param publicId the part's key in forms and links
 * @param number the part's number, the buyer's order number with the part ({@code <number>-2})
 * @param part the part's place among the order's parts, from 1
 * @param parts how many shops' parts the buyer's order has
 */
public record OrderView(
        String publicId,
        String number,
        int part,
        int parts,
        String producerName,
        String status,
        String statusCode,
        List<Line> lines,
        long itemsSatang,
        long shippingSatang,
        long totalSatang,
        @Nullable String carrier,
        @Nullable String trackingNumber,
        @Nullable String trackingUrl,
        @Nullable Instant expiresAt,
        Instant createdAt) {

    public record Line(long productId, String title, int quantity, long lineSatang) {}

    public boolean awaitingPayment() {
        return OrderStatus.PENDING_PAYMENT.name().equals(statusCode);
    }

    /** The buyer may still cancel: the shop has not accepted the order yet. */
    public boolean cancellable() {
        return awaitingPayment() || OrderStatus.PAID.name().equals(statusCode);
    }

    /** Received, so its buyer may review what came. */
    public boolean reviewable() {
        return OrderStatus.DELIVERED.name().equals(statusCode)
                || OrderStatus.COMPLETED.name().equals(statusCode);
    }

    public boolean cancelled() {
        return OrderStatus.CANCELLED.name().equals(statusCode);
    }

    static OrderView of(Order order, @Nullable Producer producer, Locale locale) {
        return new OrderView(
                order.publicId(),
                order.number().toString(),
                order.number().part(),
                order.number().parts(),
                producer == null ? "" : producer.name(locale),
                order.status().label(locale),
                order.status().name(),
                order.lines().stream()
                        .map(l -> new Line(l.productId().value(), l.title(locale), l.quantity(), l.lineSatang()))
                        .toList(),
                order.itemsSatang(),
                order.shippingSatang(),
                order.totalSatang(),
                order.carrier() == null ? null : order.carrier().label(locale),
                order.trackingNumber(),
                trackingUrl(order.carrier(), order.trackingNumber()),
                order.expiresAt(),
                order.createdAt());
    }

    /** The courier's own tracking page for the parcel, for the couriers that have one. */
    @Nullable
    static String trackingUrl(@Nullable Carrier carrier, @Nullable String number) {
        if (carrier == null || number == null || !number.matches("[A-Za-z0-9-]{4,40}")) {
            return null;
        }
        return switch (carrier) {
            case THAILAND_POST -> "https://track.thailandpost.co.th/?trackNumber=" + number;
            case KERRY -> "https://th.kerryexpress.com/th/track/?track=" + number;
            case FLASH -> "https://www.flashexpress.co.th/fle/tracking?se=" + number;
            case JT -> "https://www.jtexpress.co.th/service/track?billcode=" + number;
            case OTHER -> null;
        };
    }
}
