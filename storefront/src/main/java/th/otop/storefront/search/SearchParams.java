package th.otop.storefront.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.search.PriceBand;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.search.SearchSort;

/**
 * A search as the address bar holds it ({@code /search?q=ผ้าไหม&cat=cloth&region=northeast&stars=0&sort=newest}),
 * so results can be shared and bookmarked. Values that do not parse are dropped rather than refused: a mistyped
 * link still shows results. Every filter link on the page is this search with one thing changed.
 */
public record SearchParams(
        @Nullable String text,
        Set<Category> categories,
        @Nullable Region region,
        @Nullable Integer provinceId,
        Set<Integer> stars,
        @Nullable PriceBand priceBand,
        Set<ProducerKind> kinds,
        boolean sammachip,
        boolean fundLinked,
        SearchSort sort,
        int page) {

    public static final int PAGE_SIZE = 24;
    /** Elasticsearch serves at most 10,000 results deep; a page beyond that shows the last reachable one. */
    public static final int MAX_PAGE = 10_000 / PAGE_SIZE;

    static final int MAX_TEXT = 100;

    public SearchParams {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        stars = Set.copyOf(new TreeSet<>(stars));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.min(Math.max(page, 1), MAX_PAGE);
    }

    public static SearchParams none() {
        return new SearchParams(
                null, Set.of(), null, null, Set.of(), null, Set.of(), false, false, SearchSort.RELEVANCE, 1);
    }

    public static SearchParams from(HttpParameters parameters) {
        Set<Category> categories = enums(parameters.getAll("cat"), Category.class);
        Set<ProducerKind> kinds = enums(parameters.getAll("kind"), ProducerKind.class);
        Set<Integer> stars = new TreeSet<>();
        for (String value : parameters.getAll("stars")) {
            Integer n = integer(value);
            if (n != null && n >= 0 && n <= 5) {
                stars.add(n);
            }
        }
        Set<Region> regions = enums(List.of(nullToEmpty(parameters.get("region"))), Region.class);
        Set<PriceBand> bands = enums(List.of(nullToEmpty(parameters.get("price"))), PriceBand.class);
        Set<SearchSort> sorts = enums(List.of(nullToEmpty(parameters.get("sort"))), SearchSort.class);
        Integer province = integer(parameters.get("province"));
        Integer page = integer(parameters.get("page"));
        return new SearchParams(
                parameters.get("q"),
                categories,
                regions.isEmpty() ? null : regions.iterator().next(),
                province != null && province >= 10 && province <= 96 ? province : null,
                stars,
                bands.isEmpty() ? null : bands.iterator().next(),
                kinds,
                "1".equals(parameters.get("sammachip")),
                "1".equals(parameters.get("fund")),
                sorts.isEmpty() ? SearchSort.RELEVANCE : sorts.iterator().next(),
                page == null ? 1 : page);
    }

    public SearchQuery toQuery() {
        return SearchQuery.forText(text)
                .withCategories(categories)
                .withRegion(region)
                .withProvince(provinceId)
                .withStars(stars)
                .withPriceBand(priceBand)
                .withProducerKinds(kinds)
                .withSammachip(sammachip ? Boolean.TRUE : null)
                .withFundLinked(fundLinked ? Boolean.TRUE : null)
                .withSort(sort)
                .withPage(page, PAGE_SIZE);
    }

    public boolean hasFilters() {
        return !categories.isEmpty()
                || region != null
                || provinceId != null
                || !stars.isEmpty()
                || priceBand != null
                || !kinds.isEmpty()
                || sammachip
                || fundLinked;
    }

    // What the filter links need: this search with one thing changed, always back on page 1.

    public SearchParams toggleCategory(Category category) {
        return new SearchParams(
                text,
                toggled(categories, category),
                region,
                provinceId,
                stars,
                priceBand,
                kinds,
                sammachip,
                fundLinked,
                sort,
                1);
    }

    /** Choosing a region clears a province of another region; choosing the chosen region again clears it. */
    public SearchParams toggleRegion(Region value) {
        Region chosen = value == region ? null : value;
        return new SearchParams(
                text, categories, chosen, null, stars, priceBand, kinds, sammachip, fundLinked, sort, 1);
    }

    public SearchParams toggleProvince(int value) {
        Integer chosen = provinceId != null && provinceId == value ? null : value;
        return new SearchParams(
                text, categories, region, chosen, stars, priceBand, kinds, sammachip, fundLinked, sort, 1);
    }

    public SearchParams toggleStars(int value) {
        return new SearchParams(
                text,
                categories,
                region,
                provinceId,
                toggled(stars, value),
                priceBand,
                kinds,
                sammachip,
                fundLinked,
                sort,
                1);
    }

    public SearchParams togglePriceBand(PriceBand value) {
        PriceBand chosen = value == priceBand ? null : value;
        return new SearchParams(
                text, categories, region, provinceId, stars, chosen, kinds, sammachip, fundLinked, sort, 1);
    }

    public SearchParams toggleKind(ProducerKind value) {
        return new SearchParams(
                text,
                categories,
                region,
                provinceId,
                stars,
                priceBand,
                toggled(kinds, value),
                sammachip,
                fundLinked,
                sort,
                1);
    }

    public SearchParams toggleSammachip() {
        return new SearchParams(
                text, categories, region, provinceId, stars, priceBand, kinds, !sammachip, fundLinked, sort, 1);
    }

    public SearchParams toggleFundLinked() {
        return new SearchParams(
                text, categories, region, provinceId, stars, priceBand, kinds, sammachip, !fundLinked, sort, 1);
    }

    public SearchParams withoutFilters() {
        return new SearchParams(text, Set.of(), null, null, Set.of(), null, Set.of(), false, false, sort, 1);
    }

    public SearchParams withText(@Nullable String value) {
        return new SearchParams(
                value, categories, region, provinceId, stars, priceBand, kinds, sammachip, fundLinked, sort, 1);
    }

    public SearchParams onPage(int value) {
        return new SearchParams(
                text, categories, region, provinceId, stars, priceBand, kinds, sammachip, fundLinked, sort, value);
    }

    /** The address of this search, with parameters in a fixed order so equal searches have equal URLs. */
    public String url() {
        List<String> query = new ArrayList<>();
        if (text != null) {
            query.add("q=" + encode(text));
        }
        categories.stream().sorted().forEach(c -> query.add("cat=" + lower(c)));
        if (region != null) {
            query.add("region=" + lower(region));
        }
        if (provinceId != null) {
            query.add("province=" + provinceId);
        }
        stars.stream().sorted().forEach(s -> query.add("stars=" + s));
        if (priceBand != null) {
            query.add("price=" + lower(priceBand));
        }
        kinds.stream().sorted().forEach(k -> query.add("kind=" + lower(k)));
        if (sammachip) {
            query.add("sammachip=1");
        }
        if (fundLinked) {
            query.add("fund=1");
        }
        if (sort != SearchSort.RELEVANCE) {
            query.add("sort=" + lower(sort));
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return query.isEmpty() ? "/search" : "/search?" + String.join("&", query);
    }

    public String sortParam() {
        return lower(sort);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> Set<T> toggled(Set<T> set, T value) {
        Set<T> copy = new java.util.HashSet<>(set);
        if (!copy.remove(value)) {
            copy.add(value);
        }
        return copy;
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        Function<String, E> parse = v -> {
            try {
                return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        };
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                E e = parse.apply(value);
                if (e != null) {
                    parsed.add(e);
                }
            }
        }
        return parsed;
    }

    @Nullable
    private static Integer integer(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > 9) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
