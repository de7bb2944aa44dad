package th.otop.orders.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import th.otop.catalog.product.Category;

/**
 * Gross merchandise value in satang of consumer orders that were paid or accepted (not cancelled or refunded),
 * counted on order lines; stars use 0 for group D. Beside it, Sukjai Shop outlets' wholesale orders (supplier orders
 * confirmed, shipped or received, at their item value), so officers see the outlet and consumer channels apart.
 */
@Serdeable
public record SalesReport(
        long orders,
        long gmvSatang,
        Map<Category, Long> byCategory,
        Map<Integer, Long> byStars,
        long sammachipSatang,
        long outletOrders,
        long outletSatang) {
    public long groupDSatang() {
        return byStars.getOrDefault(0, 0L);
    }

    /** Both channels: consumer GMV plus outlets' wholesale value. */
    public long allChannelsSatang() {
        return gmvSatang + outletSatang;
    }
}
