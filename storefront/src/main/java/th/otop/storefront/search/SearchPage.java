package th.otop.storefront.search;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Province;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.reference.CategoryLabel;
import th.otop.catalog.search.PriceBand;
import th.otop.catalog.search.SearchResults;
import th.otop.catalog.search.SearchSort;
import th.otop.storefront.product.ProductCard;

/** Everything the search page shows, in the reader's language. */
public record SearchPage(
        SearchParams params,
        long total,
        int page,
        long pages,
        List<ProductCard> results,
        List<FacetOption> categories,
        List<FacetOption> regions,
        List<FacetOption> provinces,
        List<FacetOption> stars,
        List<FacetOption> prices,
        List<FacetOption> kinds,
        List<FacetOption> community,
        List<FacetOption> sorts,
        List<PageLink> pagination,
        @Nullable String previousUrl,
        @Nullable String nextUrl,
        @Nullable String suggestion,
        @Nullable String suggestionUrl,
        List<FacetOption> relatedCategories,
        String clearFiltersUrl) {

    /** One filter: its heading's message key and its values. */
    public record FacetGroup(String messageKey, List<FacetOption> options) {}

    public List<FacetGroup> facetGroups() {
        return List.of(
                new FacetGroup("search.facet.category", categories),
                new FacetGroup("search.facet.region", regions),
                new FacetGroup("search.facet.province", provinces),
                new FacetGroup("search.facet.stars", stars),
                new FacetGroup("search.facet.price", prices),
                new FacetGroup("search.facet.kind", kinds),
                new FacetGroup("search.facet.community", community));
    }

    /** A numbered page link; {@code number} 0 stands for a gap ("…"). */
    public record PageLink(int number, String url, boolean current) {}

    static SearchPage of(
            SearchParams params,
            SearchResults results,
            @Nullable SearchResults.Facets related,
            List<CategoryLabel> categoryLabels,
            Geography geography,
            MessageSource messages,
            Locale locale) {
        SearchResults.Facets f = results.facets();
        List<FacetOption> categories = new ArrayList<>();
        for (CategoryLabel label : categoryLabels) {
            Category c = label.code();
            long count = f.categories().getOrDefault(c, 0L);
            boolean on = params.categories().contains(c);
            if (count > 0 || on) {
                categories.add(new FacetOption(
                        label.name(locale), count, on, params.toggleCategory(c).url()));
            }
        }
        List<FacetOption> regions = new ArrayList<>();
        for (Region r : Region.values()) {
            long count = f.regions().getOrDefault(r, 0L);
            boolean on = r == params.region();
            if (count > 0 || on) {
                regions.add(new FacetOption(
                        r.label(locale), count, on, params.toggleRegion(r).url()));
            }
        }
        List<FacetOption> provinces = new ArrayList<>();
        if (params.region() != null || params.provinceId() != null) {
            List<Province> candidates = Geography.inReadingOrder(
                    params.region() != null ? geography.provinces(params.region()) : geography.provinces(), locale);
            for (Province p : candidates) {
                long count = f.provinces().getOrDefault(p.id(), 0L);
                boolean on = params.provinceId() != null && params.provinceId() == p.id();
                if (count > 0 || on) {
                    provinces.add(new FacetOption(
                            p.name(locale),
                            count,
                            on,
                            params.toggleProvince(p.id()).url()));
                }
            }
        }
        List<FacetOption> stars = new ArrayList<>();
        for (int s = 5; s >= 0; s--) {
            long count = f.stars().getOrDefault(s, 0L);
            boolean on = params.stars().contains(s);
            if (count > 0 || on) {
                String label = s == 0
                        ? text(messages, "search.stars.none", locale)
                        : text(messages, "search.stars.n", locale, s);
                stars.add(
                        new FacetOption(label, count, on, params.toggleStars(s).url()));
            }
        }
        List<FacetOption> prices = new ArrayList<>();
        for (PriceBand band : PriceBand.values()) {
            long count = f.priceBands().getOrDefault(band, 0L);
            boolean on = band == params.priceBand();
            if (count > 0 || on) {
                String label = text(messages, "search.price." + SearchParams.lower(band), locale);
                prices.add(new FacetOption(
                        label, count, on, params.togglePriceBand(band).url()));
            }
        }
        List<FacetOption> kinds = new ArrayList<>();
        for (ProducerKind k : ProducerKind.values()) {
            long count = f.producerKinds().getOrDefault(k, 0L);
            boolean on = params.kinds().contains(k);
            if (count > 0 || on) {
                kinds.add(new FacetOption(
                        k.label(locale), count, on, params.toggleKind(k).url()));
            }
        }
        List<FacetOption> community = new ArrayList<>();
        if (f.sammachip() > 0 || params.sammachip()) {
            community.add(new FacetOption(
                    text(messages, "search.sammachip", locale),
                    f.sammachip(),
                    params.sammachip(),
                    params.toggleSammachip().url()));
        }
        if (f.fundLinked() > 0 || params.fundLinked()) {
            community.add(new FacetOption(
                    text(messages, "search.fund", locale),
                    f.fundLinked(),
                    params.fundLinked(),
                    params.toggleFundLinked().url()));
        }
        List<FacetOption> sorts = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            sorts.add(new FacetOption(
                    text(messages, "search.sort." + SearchParams.lower(sort), locale),
                    0,
                    sort == params.sort(),
                    SearchParams.lower(sort)));
        }
        long pages = Math.min(results.pages(), SearchParams.MAX_PAGE);
        int page = params.page();
        List<PageLink> pagination = new ArrayList<>();
        if (pages > 1) {
            int lastShown = 0;
            for (int n = 1; n <= pages; n++) {
                if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                    if (lastShown > 0 && n - lastShown > 1) {
                        pagination.add(new PageLink(0, "", false));
                    }
                    pagination.add(new PageLink(n, params.onPage(n).url(), n == page));
                    lastShown = n;
                }
            }
        }
        List<FacetOption> relatedCategories = new ArrayList<>();
        if (results.total() == 0) {
            Map<Category, Long> counts = related == null ? Map.of() : related.categories();
            for (CategoryLabel label : categoryLabels) {
                Category c = label.code();
                long count = counts.getOrDefault(c, 0L);
                SearchParams target = counts.isEmpty()
                        ? SearchParams.none().toggleCategory(c)
                        : params.withoutFilters().toggleCategory(c);
                if (counts.isEmpty() || count > 0) {
                    relatedCategories.add(new FacetOption(label.name(locale), count, false, target.url()));
                }
            }
        }
        String suggestion = results.spellingSuggestion();
        return new SearchPage(
                params,
                results.total(),
                page,
                pages,
                results.hits().stream().map(h -> ProductCard.of(h, locale)).toList(),
                categories,
                regions,
                provinces,
                stars,
                prices,
                kinds,
                community,
                sorts,
                pagination,
                page > 1 ? params.onPage(page - 1).url() : null,
                page < pages ? params.onPage(page + 1).url() : null,
                suggestion,
                suggestion == null ? null : params.withText(suggestion).url(),
                relatedCategories,
                params.withoutFilters().url());
    }

    private static String text(MessageSource messages, String key, Locale locale, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }
}
