package th.otop.webkit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import th.otop.webkit.GzipWithGaps;

/**
 * The pages {@link GuestPageCache} keeps, by address, within a memory bound (the least useful go first), and the tags
 * to drop them by. A page rendered from what was read before its tag was dropped is not kept, however the rendering
 * and the drop interleave: each side looks after doing its own part.
 */
final class KeptPages {
    /** Longer than any request takes: how long a drop still stops a page rendered before it from being kept. */
    private static final Duration DROPS_REMEMBERED = Duration.ofMinutes(2);

    /** How a page may be kept: for how long, under which tag, and what each view of it must still do. */
    record Keep(Duration maxAge, @Nullable String tag, Runnable onShownAgain) {}

    /** A rendered page, compressed with a gap wherever the visitor's CSRF token goes. */
    record Page(GzipWithGaps body, Keep keep) {}

    private final Cache<String, Page> pages;
    /** When each tag was last dropped, by {@link System#nanoTime()}. */
    private final Cache<String, Long> droppedAt =
            Caffeine.newBuilder().expireAfterWrite(DROPS_REMEMBERED).build();

    KeptPages(long maxBytes) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Page>weigher((key, page) -> page.body().compressedBytes())
                .expireAfter(
                        Expiry.writing((String key, Page page) -> page.keep().maxAge()))
                .build();
    }

    @Nullable
    Page get(String key) {
        return pages.getIfPresent(key);
    }

    /**
     * Keeps {@code page}, rendered from reads that began at {@code renderStarted} ({@link System#nanoTime()}), unless
     * its tag has been dropped since; whether it is kept.
     */
    boolean keep(String key, Page page, long renderStarted) {
        if (droppedSince(page, renderStarted)) {
            return false;
        }
        pages.put(key, page);
        // a drop between the look above and the put has found nothing to remove: undo the put
        if (droppedSince(page, renderStarted)) {
            pages.asMap().remove(key, page);
            return false;
        }
        return true;
    }

    /** Drops every page under these tags, and stops any being rendered from what was read before from being kept. */
    void drop(Collection<String> tags) {
        Set<String> dropping = Set.copyOf(tags);
        long now = System.nanoTime();
        dropping.forEach(tag -> droppedAt.put(tag, now));
        pages.asMap()
                .values()
                .removeIf(page -> page.keep().tag() != null
                        && dropping.contains(page.keep().tag()));
    }

    private boolean droppedSince(Page page, long renderStarted) {
        Long dropped = page.keep().tag() == null
                ? null
                : droppedAt.getIfPresent(page.keep().tag());
        return dropped != null && dropped - renderStarted >= 0;
    }
}
