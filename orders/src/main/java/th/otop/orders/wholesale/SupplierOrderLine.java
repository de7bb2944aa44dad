package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;

/**
 * A line as ordered (a copy of the catalogue at the tier price) and as received: {@code receivedQuantity} in good order,
 * {@code damagedQuantity} damaged, the rest missing. Receipt fields are null until the outlet receives.
 */
@Serdeable
public record SupplierOrderLine(
        long id,
        ProductId productId,
        String titleTh,
        @Nullable String titleEn,
        Category category,
        String unitTh,
        long unitPriceSatang,
        int quantity,
        long lineSatang,
        int casePack,
        @Nullable Integer receivedQuantity,
        int damagedQuantity,
        @Nullable String issueNote) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleTh, titleEn);
    }

    public int missingQuantity() {
        return receivedQuantity == null ? 0 : quantity - receivedQuantity - damagedQuantity;
    }

    public boolean hasIssue() {
        return damagedQuantity > 0 || missingQuantity() > 0;
    }
}
