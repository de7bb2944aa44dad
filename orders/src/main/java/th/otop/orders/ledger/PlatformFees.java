package th.otop.orders.ledger;

import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import th.otop.catalog.product.Category;

/**
 * The platform's fee on goods (not on shipping), a percentage per category: {@code
 * otop.orders.platform-fee-percent.<category>}, else {@code otop.orders.platform-fee-percent.default}, else 5.
 * Computed at checkout and stored on the order, so a later change of the rates never changes a placed order.
 */
@Singleton
public class PlatformFees {
    static final String PREFIX = "otop.orders.platform-fee-percent.";
    private static final BigDecimal FALLBACK_PERCENT = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PropertyResolver properties;

    PlatformFees(PropertyResolver properties) {
        this.properties = properties;
    }

    public long feeSatang(Category category, long goodsSatang) {
        BigDecimal percent = percent(category);
        return BigDecimal.valueOf(goodsSatang)
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    public BigDecimal percent(Category category) {
        BigDecimal percent = properties
                .getProperty(PREFIX + category.name().toLowerCase(Locale.ROOT), BigDecimal.class)
                .or(() -> properties.getProperty(PREFIX + "default", BigDecimal.class))
                .orElse(FALLBACK_PERCENT);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalStateException(PREFIX + category + " must be from 0 to 100, is " + percent);
        }
        return percent;
    }
}
