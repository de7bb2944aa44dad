package th.otop.catalog.favourite;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;

/** Each account's own favourite products; an account never sees or changes another's. */
@Singleton
public class Favourites {
    /** More than anyone keeps by hand; the list page shows them all at once. */
    static final int MAX_LISTED = 500;

    private final FavouriteRows rows;
    private final Products products;

    Favourites(FavouriteRows rows, Products products) {
        this.rows = rows;
        this.products = products;
    }

    /**
     * Saves or forgets a published product, by the state the buyer asked for rather than by flipping it, so a repeated
     * post does what it said. Answers the product, or empty when no published product has this public id.
     */
    @Transactional
    public Optional<Product> set(long accountId, String productPublicId, boolean favourite) {
        Optional<Product> product = products.findPublished(productPublicId);
        product.ifPresent(p -> {
            if (favourite) {
                rows.add(accountId, p.id());
            } else {
                rows.remove(accountId, p.id());
            }
        });
        return product;
    }

    /** The account's favourites that buyers may still see, the newest saved first. */
    @Transactional
    public List<Product> of(long accountId) {
        List<ProductId> ids = rows.visible(accountId, MAX_LISTED);
        Map<ProductId, Product> found = products.findAll(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Which of these products (public ids, as on a page of results) the account saved, to show their hearts filled. */
    @Transactional
    public Set<String> savedAmong(long accountId, Collection<String> productPublicIds) {
        return rows.savedAmong(accountId, productPublicIds);
    }
}
