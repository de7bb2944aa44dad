package th.otop.storefront.search;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.reference.CategoryLabels;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchResults;
import th.otop.storefront.product.FavouriteMarks;
import th.otop.storefront.product.ProductCard;
import th.otop.webkit.security.GuestPageCache;

/** The search and browse page, and the suggestions behind the search box. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/search")
class SearchController {
    static final int MAX_SUGGESTIONS = 8;

    private final ProductSearch search;
    private final Geography geography;
    private final CategoryLabels categoryLabels;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final FavouriteMarks favourites;
    private final GuestPageCache guestPages;
    private final Duration keepFor;

    SearchController(
            ProductSearch search,
            Geography geography,
            CategoryLabels categoryLabels,
            MessageSource messages,
            HttpLocaleResolver locales,
            FavouriteMarks favourites,
            GuestPageCache guestPages,
            @Value("${otop.page-cache.listing-pages:0s}") Duration keepFor) {
        this.search = search;
        this.geography = geography;
        this.categoryLabels = categoryLabels;
        this.messages = messages;
        this.locales = locales;
        this.favourites = favourites;
        this.guestPages = guestPages;
        this.keepFor = keepFor;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> results(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        SearchParams params = SearchParams.from(request.getParameters());
        SearchResults results = search.search(params.toQuery());
        SearchResults withoutFilters = results.total() == 0 && params.hasFilters()
                // what the same words find without the filters, so the page can suggest where to look instead
                ? search.search(params.withoutFilters().toQuery().withPage(1, 1))
                : null;
        guestPages.keep(request, keepFor, null, () -> {
            search.countImpressions(results);
            if (withoutFilters != null) {
                search.countImpressions(withoutFilters);
            }
        });
        SearchResults.Facets related = withoutFilters == null ? null : withoutFilters.facets();
        SearchPage page = SearchPage.of(params, results, related, categoryLabels.all(), geography, messages, locale);
        return HttpResponse.ok(new ModelAndView<>(
                "search/results",
                Map.of(
                        "search",
                        page,
                        "favourites",
                        favourites.of(
                                request,
                                page.results().stream()
                                        .map(ProductCard::publicId)
                                        .toList()),
                        "back",
                        params.url())));
    }

    /** Titles for the search box's suggestions, as a JSON array of strings. */
    @Get(value = "/suggest", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<List<String>> suggest(@Nullable @QueryValue("q") String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.length() > SearchParams.MAX_TEXT) {
            return HttpResponse.ok(List.<String>of());
        }
        return HttpResponse.ok(search.autocomplete(prefix, MAX_SUGGESTIONS))
                .header("Cache-Control", "public, max-age=60");
    }
}
