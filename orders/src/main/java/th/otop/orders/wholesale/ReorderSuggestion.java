package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import th.otop.catalog.product.ProductId;

/**
 * A product the outlet bought before, with the quantities of its latest receipts and the suggested quantity: their
 * average, rounded up to the current minimum and whole cases.
 */
@Serdeable
public record ReorderSuggestion(
        ProductId productId,
        String productPublicId,
        String titleTh,
        @Nullable String titleEn,
        List<Integer> recentQuantities,
        int suggestedQuantity,
        long unitPriceSatang) {}
