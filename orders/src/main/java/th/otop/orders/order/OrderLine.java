package th.otop.orders.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;

/**
 * What was bought, copied from the catalog when the order was placed, so later edits never change it.
 *
 * @param variantId the variant (size, colour) bought; null for a product without variants
 * @param refundedQuantity how many of the units were refunded after shipping
 */
@Serdeable
public record OrderLine(
        ProductId productId,
        @Nullable Long variantId,
        String titleTh,
        String titleEn,
        @Nullable String variantNameTh,
        @Nullable String variantNameEn,
        Category category,
        long unitPriceSatang,
        int quantity,
        int weightGrams,
        int refundedQuantity) {

    public long lineSatang() {
        return unitPriceSatang * quantity;
    }

    /** The units that may still be refunded. */
    public int refundableQuantity() {
        return quantity - refundedQuantity;
    }

    public int totalWeightGrams() {
        return weightGrams * quantity;
    }

    /** The product's title, followed by the variant's name when a variant was bought. */
    public String title(Locale locale) {
        String title = Bilingual.pick(locale, titleTh, titleEn);
        return variantNameTh == null
                ? title
                : title + " (" + Bilingual.pick(locale, variantNameTh, variantNameEn) + ")";
    }
}
