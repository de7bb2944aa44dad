package th.otop.orders.cart;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductStatus;

/**
 * One product in a cart with the catalog's price of this moment.
 *
 * @param available false when the product is no longer on sale or has fewer units than wanted
 */
@Serdeable
public record CartLine(
        ProductId productId,
        String publicId,
        ProducerId producerId,
        String titleTh,
        String titleEn,
        long unitPriceSatang,
        int quantity,
        int stock,
        int weightGrams,
        boolean available) {

    static CartLine of(Product product, int quantity) {
        return new CartLine(
                product.id(),
                product.publicId(),
                product.producerId(),
                product.titleTh(),
                product.titleEn(),
                product.priceSatang(),
                quantity,
                product.stock(),
                product.weightGrams(),
                product.status() == ProductStatus.PUBLISHED && product.stock() >= quantity);
    }

    public long lineSatang() {
        return unitPriceSatang * quantity;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleTh;
    }
}
