package th.otop.orders.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Variant;

/**
 * One product, or one variant of it, in a cart with the catalog's price of this moment: the variant's own price and
 * stock when there is a variant.
 *
 * @param available false when the product is no longer on sale, has fewer units than wanted, or has variants and the
 *     line names none
 * @param variantMissing the product has variants (added since the line was) and the buyer must choose one
 */
@Serdeable
public record CartLine(
        ProductId productId,
        @Nullable Long variantId,
        String publicId,
        ProducerId producerId,
        String titleTh,
        String titleEn,
        @Nullable String variantNameTh,
        @Nullable String variantNameEn,
        long unitPriceSatang,
        int quantity,
        int stock,
        int weightGrams,
        boolean available,
        boolean variantMissing) {

    /** {@code variant} is null for the product itself; a product that has variants is then not available. */
    static CartLine of(Product product, @Nullable Variant variant, int quantity) {
        int stock = variant == null ? product.stock() : variant.stock();
        boolean variantMissing = variant == null && product.hasVariants();
        return new CartLine(
                product.id(),
                variant == null ? null : variant.id(),
                product.publicId(),
                product.producerId(),
                product.titleTh(),
                product.titleEn(),
                variant == null ? null : variant.nameTh(),
                variant == null ? null : variant.nameEn(),
                variant == null ? product.priceSatang() : variant.priceSatang(),
                quantity,
                stock,
                product.weightGrams(),
                !variantMissing && product.status() == ProductStatus.PUBLISHED && stock >= quantity,
                variantMissing);
    }

    public LineKey key() {
        return new LineKey(productId, variantId);
    }

    public long lineSatang() {
        return unitPriceSatang * quantity;
    }

    /** The product's title, followed by the variant's name when the line is a variant. */
    public String title(Locale locale) {
        String title = Bilingual.pick(locale, titleTh, titleEn);
        return variantNameTh == null ? title : title + " (" + variantName(locale) + ")";
    }

    @Nullable
    public String variantName(Locale locale) {
        return variantNameTh == null ? null : Bilingual.pick(locale, variantNameTh, variantNameEn);
    }
}
