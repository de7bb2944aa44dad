package th.otop.storefront.product;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import th.otop.catalog.product.ProductChanges;
import th.otop.webkit.security.GuestPageCache;

/**
 * Drops the product pages kept for guests once their product changes, within about a second: this app asks the
 * database, so a change made by the seller portal or another storefront reaches every storefront alike. Each change is
 * dropped once, though answers name it for a few seconds: a page rendered meanwhile from the changed product stays.
 */
@Singleton
class ProductPageChanges {
    private final ProductChanges changes;
    private final GuestPageCache guestPages;
    private final boolean keeping;
    /** By the database's clock. */
    private Instant seen;
    /** The last answer: everything a later answer can name again with the same stamp. */
    private Map<String, ProductChanges.Stamp> dropped = Map.of();

    ProductPageChanges(
            ProductChanges changes,
            GuestPageCache guestPages,
            @Value("${otop.page-cache.product-pages:0s}") Duration keepFor) {
        this.changes = changes;
        this.guestPages = guestPages;
        this.keeping = !keepFor.isZero() && !keepFor.isNegative();
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    synchronized void dropChanged() {
        if (!keeping) {
            return;
        }
        ProductChanges.Changed changed = changes.since(seen);
        seen = changed.asOf();
        List<String> fresh = newChanges(dropped, changed.products());
        dropped = changed.products();
        if (!fresh.isEmpty()) {
            guestPages.drop(fresh);
        }
    }

    /** The products in {@code answer} whose last write is not the one {@code dropped} already named. */
    static List<String> newChanges(
            Map<String, ProductChanges.Stamp> dropped, Map<String, ProductChanges.Stamp> answer) {
        return answer.entrySet().stream()
                .filter(product -> !product.getValue().equals(dropped.get(product.getKey())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
