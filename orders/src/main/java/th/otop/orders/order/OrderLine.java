package th.otop.orders.order;

import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;

/** What was bought, copied from the catalog when the order was placed, so later edits never change it. */
@Serdeable
public record OrderLine(
        ProductId productId,
        String titleTh,
        String titleEn,
        Category category,
        long unitPriceSatang,
        int quantity,
        int weightGrams) {

    public long lineSatang() {
        return unitPriceSatang * quantity;
    }

    public int totalWeightGrams() {
        return weightGrams * quantity;
    }
}
