package th.otop.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentResultsTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger searches = new AtomicInteger();
    private final Function<SearchQuery, SearchResults> elasticsearch = q -> {
        searches.incrementAndGet();
        return new SearchResults(List.of(), searches.get(), q.page(), q.size(), null, null);
    };

    @Test
    void theSameSearchWithinTheTtlIsAnsweredFromMemory() {
        RecentResults recent = new RecentResults(Duration.ofSeconds(5), 10, now::get);

        SearchResults first = recent.get(SearchQuery.forText("silk"), elasticsearch);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        SearchResults again = recent.get(SearchQuery.forText("silk"), elasticsearch);

        assertSame(first, again);
        assertEquals(1, searches.get());
    }

    @Test
    void anotherSearchOrAnExpiredOneGoesToElasticsearch() {
        RecentResults recent = new RecentResults(Duration.ofSeconds(5), 10, now::get);

        recent.get(SearchQuery.forText("silk"), elasticsearch);
        recent.get(SearchQuery.forText("silk").withPage(2, 24), elasticsearch);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        SearchResults fresh = recent.get(SearchQuery.forText("silk"), elasticsearch);

        assertEquals(3, searches.get());
        assertEquals(3, fresh.total());
    }

    @Test
    void aFailedSearchIsNotKept() {
        RecentResults recent = new RecentResults(Duration.ofSeconds(5), 10, now::get);

        assertThrows(
                IllegalStateException.class,
                () -> recent.get(SearchQuery.forText("silk"), q -> {
                    throw new IllegalStateException("Elasticsearch is down");
                }));
        SearchResults after = recent.get(SearchQuery.forText("silk"), elasticsearch);

        assertEquals(1, after.total());
    }

    @Test
    void zeroTtlAlwaysSearches() {
        RecentResults recent = new RecentResults(Duration.ZERO, 10, now::get);

        recent.get(SearchQuery.forText("silk"), elasticsearch);
        recent.get(SearchQuery.forText("silk"), elasticsearch);

        assertEquals(2, searches.get());
    }

    @Test
    void keepsNoMoreThanItsLimit() {
        RecentResults recent = new RecentResults(Duration.ofSeconds(5), 2, now::get);

        recent.get(SearchQuery.forText("a"), elasticsearch);
        recent.get(SearchQuery.forText("b"), elasticsearch);
        recent.get(SearchQuery.forText("c"), elasticsearch);
        recent.get(SearchQuery.forText("a"), elasticsearch);

        // the third search went over the limit while all were fresh, so everything was dropped
        assertEquals(4, searches.get());
    }
}
