package th.otop.catalog.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;

/** One page of results with the facet counts of the whole result set. */
public record SearchResults(
        List<Hit> hits, long total, int page, int size, Facets facets, @Nullable String spellingSuggestion) {

    public long pages() {
        return (total + size - 1) / size;
    }

    /** A result row; {@code highlightTh}/{@code highlightEn} are HTML-escaped with matches in {@code <mark>}. */
    public record Hit(
            String publicId,
            String producerPublicId,
            String titleTh,
            @Nullable String titleEn,
            String producerNameTh,
            @Nullable String producerNameEn,
            int provinceId,
            String provinceTh,
            String provinceEn,
            Category category,
            int stars,
            long priceSatang,
            boolean inStock,
            boolean sammachip,
            boolean fundLinked,
            @Nullable String photoKey,
            @Nullable String highlightTh,
            @Nullable String highlightEn) {

        public boolean isGroupD() {
            return stars == 0;
        }
    }

    public record Facets(
            Map<Category, Long> categories,
            Map<Region, Long> regions,
            Map<Integer, Long> provinces,
            Map<Integer, Long> stars,
            Map<PriceBand, Long> priceBands,
            Map<ProducerKind, Long> producerKinds,
            long sammachip,
            long fundLinked) {}
}
