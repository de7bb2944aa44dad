package th.otop.catalog.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;

/** Filters of the wholesale catalogue; null means "any". */
@Serdeable
public record WholesaleQuery(
        @Nullable String text,
        @Nullable Category category,
        @Nullable Integer provinceId,
        @Nullable Region region,
        boolean sammachipLinked,
        boolean fundLinked,
        boolean acceptsNetTerms,
        int page) {
    public static final int PAGE_SIZE = 24;

    public static WholesaleQuery all() {
        return new WholesaleQuery(null, null, null, null, false, false, false, 0);
    }
}
