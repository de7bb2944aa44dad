package th.otop.storefront.home;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.search.SearchResults;
import th.otop.catalog.search.SearchSort;
import th.otop.storefront.product.ProductCard;
import th.otop.storefront.search.FacetOption;
import th.otop.storefront.search.SearchParams;
import th.otop.webkit.security.GuestPageCache;

/**
 * The home page: the search box, ways in by category and region, the newest products, and a strip of products from
 * ungraded (group D) community producers, who make 83 % of OTOP products and rarely get a shop window.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller
class HomeController {
    static final int STRIP = 8;

    private final Geography geography;
    private final ProductSearch search;
    private final HttpLocaleResolver locales;
    private final GuestPageCache guestPages;
    private final Duration keepFor;

    HomeController(
            Geography geography,
            ProductSearch search,
            HttpLocaleResolver locales,
            GuestPageCache guestPages,
            @Value("${otop.page-cache.listing-pages:0s}") Duration keepFor) {
        this.geography = geography;
        this.search = search;
        this.locales = locales;
        this.guestPages = guestPages;
        this.keepFor = keepFor;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> index(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        SearchResults everything = search.search(
                SearchQuery.forText(null).withSort(SearchSort.NEWEST).withPage(1, STRIP));
        SearchResults ungradedResults =
                search.search(SearchQuery.forText(null).withStars(Set.of(0)).withPage(1, STRIP));
        SearchResults sammachipResults =
                search.search(SearchQuery.forText(null).withSammachip(true).withPage(1, STRIP / 2));
        guestPages.keep(request, keepFor, null, () -> {
            search.countImpressions(everything);
            search.countImpressions(ungradedResults);
            search.countImpressions(sammachipResults);
        });
        List<ProductCard> newest = cards(everything, locale);
        List<ProductCard> ungraded = cards(ungradedResults, locale);
        List<ProductCard> sammachip = cards(sammachipResults, locale);
        List<FacetOption> categories = java.util.Arrays.stream(Category.values())
                .map(c -> new FacetOption(
                        c.label(locale),
                        everything.facets().categories().getOrDefault(c, 0L),
                        false,
                        SearchParams.none().toggleCategory(c).url()))
                .toList();
        List<FacetOption> regions = java.util.Arrays.stream(Region.values())
                .map(r -> new FacetOption(
                        r.label(locale),
                        everything.facets().regions().getOrDefault(r, 0L),
                        false,
                        SearchParams.none().toggleRegion(r).url()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("provinceCount", geography.provinces().size());
        model.put("productCount", everything.total());
        model.put("categories", categories);
        model.put("regions", regions);
        model.put("newest", newest);
        model.put("ungraded", ungraded);
        model.put("sammachip", sammachip);
        model.put("sammachipUrl", SearchParams.none().toggleSammachip().url());
        model.put("ungradedUrl", SearchParams.none().toggleStars(0).url());
        return HttpResponse.ok(new ModelAndView<>("home/index", model));
    }

    private static List<ProductCard> cards(SearchResults results, Locale locale) {
        return results.hits().stream().map(h -> ProductCard.of(h, locale)).toList();
    }
}
