package th.otop.storefront.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;
import th.otop.catalog.search.PriceBand;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.search.SearchSort;

class SearchParamsTest {
    private static SearchParams parse(String uri) {
        return SearchParams.from(HttpRequest.GET(uri).getParameters());
    }

    @Test
    void theUrlRoundTripsInAFixedOrder() {
        SearchParams params = parse("/search?sort=newest&stars=0&cat=food&q=%E0%B8%9C%E0%B9%89%E0%B8%B2&cat=cloth"
                + "&region=northeast&price=from_100_to_300&sammachip=1&page=2");
        assertEquals(
                "/search?q=%E0%B8%9C%E0%B9%89%E0%B8%B2&cat=food&cat=cloth&region=northeast&stars=0"
                        + "&price=from_100_to_300&sammachip=1&sort=newest&page=2",
                params.url());
        assertEquals(params, parse(params.url()));
    }

    @Test
    void becomesTheCatalogQuery() {
        SearchQuery query = parse("/search?q=Silk&cat=cloth&stars=0&stars=5&fund=1&price=over_3000")
                .toQuery();
        assertEquals("silk", query.text());
        assertEquals(Set.of(Category.CLOTH), query.categories());
        assertEquals(Set.of(0, 5), query.stars());
        assertEquals(PriceBand.OVER_3000, query.priceBand());
        assertEquals(Boolean.TRUE, query.fundLinked());
        assertNull(query.sammachip(), "not asked for means any, not false");
        assertEquals(SearchParams.PAGE_SIZE, query.size());
    }

    @Test
    void valuesThatDoNotParseAreDroppedNotRefused() {
        SearchParams params = parse(
                "/search?cat=toys&stars=9&stars=x&region=mars&province=7&page=-3&sort=cheap" + "&q=" + "a".repeat(500));
        assertTrue(params.categories().isEmpty());
        assertTrue(params.stars().isEmpty());
        assertNull(params.region());
        assertNull(params.provinceId());
        assertEquals(1, params.page());
        assertEquals(SearchSort.RELEVANCE, params.sort());
        assertEquals(SearchParams.MAX_TEXT, params.text().length());
        assertEquals(SearchParams.MAX_PAGE, parse("/search?page=999999").page());
    }

    @Test
    void filterLinksToggleOneThingAndGoBackToPageOne() {
        SearchParams params = parse("/search?q=silk&cat=cloth&page=3");
        assertEquals(
                "/search?q=silk&page=3",
                params.toggleCategory(Category.CLOTH).onPage(3).url());
        assertEquals(
                "/search?q=silk&cat=food&cat=cloth",
                params.toggleCategory(Category.FOOD).url());
        SearchParams north = params.toggleRegion(Region.NORTH).toggleProvince(50);
        assertEquals(50, north.provinceId());
        assertNull(north.toggleRegion(Region.SOUTH).provinceId(), "another region clears the province");
        assertNull(north.toggleRegion(Region.NORTH).region(), "the same region again clears it");
        assertFalse(params.withoutFilters().hasFilters());
        assertEquals("/search?q=silk", params.withoutFilters().url());
    }
}
