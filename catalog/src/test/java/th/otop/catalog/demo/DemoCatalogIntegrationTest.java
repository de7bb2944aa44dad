package th.otop.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.search.SearchReindex;
import th.otop.catalog.search.SearchResults;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class DemoCatalogIntegrationTest implements RealServices {
    @Inject
    DemoCatalog demo;

    @Inject
    SearchReindex reindex;

    @Inject
    ProductSearch search;

    @Test
    void aSeededCatalogueCoversEveryProvinceWithTheRealGradeSplitAndIsSearchable() {
        DemoCatalog.Loaded loaded = demo.loadIfEmpty(3_000, 7);
        assertEquals(3_000, loaded.products());
        double starShare = loaded.starRated() / 3_000.0;
        assertTrue(starShare > 0.14 && starShare < 0.20, "about 17 % star-rated: " + starShare);
        assertEquals(0, demo.loadIfEmpty(3_000, 7).products(), "loads only into an empty catalogue");

        long[] progress = new long[2];
        long indexed = reindex.rebuild((done, total) -> {
            progress[0] = done;
            progress[1] = total;
        });
        assertEquals(3_000, indexed);
        assertEquals(progress[1], progress[0], "progress reaches the total");

        CatalogMother.eventually(
                Duration.ofSeconds(5),
                () -> search.search(SearchQuery.forText(null)).total() > 2_000);
        SearchResults.Facets facets = search.search(SearchQuery.forText(null)).facets();
        assertEquals(
                77,
                facets.provinces().size(),
                "producers in all 77 provinces: " + facets.provinces().keySet());
        assertTrue(facets.stars().get(0)
                > facets.stars().values().stream().mapToLong(Long::longValue).sum() * 0.75);
        assertTrue(search.search(SearchQuery.forText("น้ำพริก")).total() > 0);
        assertTrue(search.search(SearchQuery.forText("silk")).total() > 0);

        long again = reindex.rebuild((done, total) -> {});
        assertEquals(3_000, again, "a second reindex swaps the alias to a fresh index");
        CatalogMother.eventually(
                Duration.ofSeconds(5),
                () -> search.search(SearchQuery.forText(null)).total() > 2_000);
    }
}
