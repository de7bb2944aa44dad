package th.otop.catalog.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;

/**
 * Filters of the wholesale catalogue; null means "any". {@code homeProvinceId} and {@code homeRegion} are the outlet's
 * own, for the "from my province" and "from my region" counts; they filter nothing.
 */
@Serdeable
public record WholesaleQuery(
        @Nullable String text,
        @Nullable Category category,
        @Nullable Integer provinceId,
        @Nullable Region region,
        boolean sammachipLinked,
        boolean fundLinked,
        boolean acceptsNetTerms,
        int page,
        @Nullable Integer homeProvinceId,
        @Nullable Region homeRegion) {
    public static final int PAGE_SIZE = 24;
}
