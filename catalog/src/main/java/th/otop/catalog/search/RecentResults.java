package th.otop.catalog.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Results of recent searches, kept for a few seconds: a popular search, or the related products of every
 * product page of one category, then costs one Elasticsearch query per period instead of one per page view.
 * Callers asking for the same search while it runs wait for that one query. A failed search is not kept.
 */
final class RecentResults {
    private record Entry(CompletableFuture<SearchResults> results, long expiresAt) {}

    private final ConcurrentHashMap<SearchQuery, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;

    RecentResults(Duration ttl, int maxEntries, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.clock = nanoClock;
    }

    SearchResults get(SearchQuery query, Function<SearchQuery, SearchResults> search) {
        if (ttlNanos <= 0) {
            return search.apply(query);
        }
        long now = clock.getAsLong();
        Entry mine = new Entry(new CompletableFuture<>(), now + ttlNanos);
        Entry entry = entries.compute(query, (q, old) -> old != null && old.expiresAt() - now > 0 ? old : mine);
        if (entry == mine) {
            if (entries.size() > maxEntries) {
                evict(now);
            }
            try {
                mine.results().complete(search.apply(query));
            } catch (RuntimeException e) {
                entries.remove(query, mine);
                mine.results().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.results().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Drops expired entries; if every entry is still fresh, all of them, so the memory stays bounded. */
    private void evict(long now) {
        entries.values().removeIf(e -> e.expiresAt() - now <= 0);
        if (entries.size() > maxEntries) {
            entries.clear();
        }
    }
}
