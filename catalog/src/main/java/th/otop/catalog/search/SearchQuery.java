package th.otop.catalog.search;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Set;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;

/**
 * What a buyer asks for. Empty sets and nulls mean "any". Stars use 0 for group D (not graded).
 * Built with {@link #forText(String)} and the {@code with...} methods.
 */
public record SearchQuery(
        @Nullable String text,
        Set<Category> categories,
        @Nullable Region region,
        @Nullable Integer provinceId,
        Set<Integer> stars,
        @Nullable PriceBand priceBand,
        Set<ProducerKind> producerKinds,
        @Nullable Boolean sammachip,
        @Nullable Boolean fundLinked,
        SearchSort sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 60;

    public SearchQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        stars = stars == null ? Set.of() : Set.copyOf(stars);
        producerKinds = producerKinds == null ? Set.of() : Set.copyOf(producerKinds);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(page, 1);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    public static SearchQuery forText(@Nullable String text) {
        return new SearchQuery(text, Set.of(), null, null, Set.of(), null, Set.of(), null, null, null, 1, 24);
    }

    public SearchQuery withCategories(Set<Category> value) {
        return new SearchQuery(
                text,
                value,
                region,
                provinceId,
                stars,
                priceBand,
                producerKinds,
                sammachip,
                fundLinked,
                sort,
                page,
                size);
    }

    public SearchQuery withRegion(@Nullable Region value) {
        return new SearchQuery(
                text,
                categories,
                value,
                provinceId,
                stars,
                priceBand,
                producerKinds,
                sammachip,
                fundLinked,
                sort,
                page,
                size);
    }

    public SearchQuery withProvince(@Nullable Integer value) {
        return new SearchQuery(
                text,
                categories,
                region,
                value,
                stars,
                priceBand,
                producerKinds,
                sammachip,
                fundLinked,
                sort,
                page,
                size);
    }

    public SearchQuery withStars(Set<Integer> value) {
        return new SearchQuery(
                text,
                categories,
                region,
                provinceId,
                value,
                priceBand,
                producerKinds,
                sammachip,
                fundLinked,
                sort,
                page,
                size);
    }

    public SearchQuery withPriceBand(@Nullable PriceBand value) {
        return new SearchQuery(
                text,
                categories,
                region,
                provinceId,
                stars,
                value,
                producerKinds,
                sammachip,
                fundLinked,
                sort,
                page,
                size);
    }

    public SearchQuery withProducerKinds(Set<ProducerKind> value) {
        return new SearchQuery(
                text, categories, region, provinceId, stars, priceBand, value, sammachip, fundLinked, sort, page, size);
    }

    public SearchQuery withSammachip(@Nullable Boolean value) {
        return new SearchQuery(
                text,
                categories,
                region,
                provinceId,
                stars,
                priceBand,
                producerKinds,
                value,
                fundLinked,
                sort,
                page,
                size);
    }

    public SearchQuery withFundLinked(@Nullable Boolean value) {
        return new SearchQuery(
                text,
                categories,
                region,
                provinceId,
                stars,
                priceBand,
                producerKinds,
                sammachip,
                value,
                sort,
                page,
                size);
    }

    public SearchQuery withSort(SearchSort value) {
        return new SearchQuery(
                text,
                categories,
                region,
                provinceId,
                stars,
                priceBand,
                producerKinds,
                sammachip,
                fundLinked,
                value,
                page,
                size);
    }

    public SearchQuery withPage(int value, int pageSize) {
        return new SearchQuery(
                text,
                categories,
                region,
                provinceId,
                stars,
                priceBand,
                producerKinds,
                sammachip,
                fundLinked,
                sort,
                value,
                pageSize);
    }
}
