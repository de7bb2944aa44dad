package th.otop.orders.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import th.otop.catalog.product.Category;

/**
 * Gross merchandise value in satang of orders that were paid or accepted (not cancelled or refunded),
 * counted on order lines; stars use 0 for group D.
 */
@Serdeable
public record SalesReport(
        long orders, long gmvSatang, Map<Category, Long> byCategory, Map<Integer, Long> byStars, long sammachipSatang) {
    public long groupDSatang() {
        return byStars.getOrDefault(0, 0L);
    }
}
