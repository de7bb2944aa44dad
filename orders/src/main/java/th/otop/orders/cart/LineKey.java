package th.otop.orders.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Comparator;
import th.otop.catalog.product.ProductId;

/**
 * What a cart line holds: a product, or one variant (size, colour) of it. Two variants of one product are two lines.
 *
 * @param variantId null for a product without variants
 */
@Serdeable
public record LineKey(ProductId productId, @Nullable Long variantId) {
    /** Product id, then variant id: the order in which a checkout locks stock, so that checkouts never deadlock. */
    public static final Comparator<LineKey> LOCK_ORDER = Comparator.comparingLong(
                    (LineKey k) -> k.productId().value())
            .thenComparingLong(k -> k.variantId() == null ? 0 : k.variantId());

    /** The stored form: the line table keeps 0 for "no variant", since a key column cannot be NULL. */
    long storedVariantId() {
        return variantId == null ? 0 : variantId;
    }

    static LineKey stored(long productId, long variantId) {
        return new LineKey(new ProductId(productId), variantId == 0 ? null : variantId);
    }
}
