package th.otop.catalog.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleQuery;
import th.otop.catalog.wholesale.WholesaleResults;

/**
 * The wholesale catalogue outlets browse, searched in the products index like the consumer search (the same Thai and
 * English text matching) but over products with wholesale terms only, newest first unless words are typed. The index
 * finds and counts; the listings with their tier prices come from the database.
 */
@Singleton
public class WholesaleSearch {
    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final WholesaleCatalogue catalogue;

    WholesaleSearch(ElasticsearchClient client, SearchSettings settings, WholesaleCatalogue catalogue) {
        this.client = client;
        this.settings = settings;
        this.catalogue = catalogue;
    }

    public WholesaleResults search(WholesaleQuery q) {
        int page = Math.max(0, q.page());
        int from = Math.min(page * WholesaleQuery.PAGE_SIZE, 10_000 - WholesaleQuery.PAGE_SIZE);
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
        try {
            SearchResponse<Void> response = client.search(
                    s -> {
                        s.index(settings.alias())
                                .query(query(q, text))
                                .from(from)
                                .size(WholesaleQuery.PAGE_SIZE)
                                .source(src -> src.fetch(false))
                                .trackTotalHits(t -> t.enabled(true))
                                .aggregations(facets(q));
                        if (text != null) {
                            s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                        }
                        // newest first, then a unique tie-breaker so pages stay stable
                        return s.sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("public_id").order(SortOrder.Asc)));
                    },
                    Void.class);
            List<ProductId> ids = response.hits().hits().stream()
                    .map(h -> new ProductId(Long.parseLong(h.id())))
                    .toList();
            long total = response.hits().total() == null
                    ? ids.size()
                    : response.hits().total().value();
            return new WholesaleResults(catalogue.listings(ids), total, page, counts(response.aggregations()));
        } catch (IOException e) {
            throw new UncheckedIOException("Search is unavailable", e);
        }
    }

    private static Query query(WholesaleQuery q, String text) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (text != null) {
            bool.must(ProductSearch.textMatch(text));
        }
        bool.filter(f -> f.term(t -> t.field("visible").value(true)));
        bool.filter(f -> f.term(t -> t.field("wholesale").value(true)));
        if (q.category() != null) {
            bool.filter(f -> f.term(t -> t.field("category").value(q.category().name())));
        }
        if (q.provinceId() != null) {
            bool.filter(f -> f.term(t -> t.field("province_id").value(q.provinceId())));
        }
        if (q.region() != null) {
            bool.filter(f -> f.term(t -> t.field("region").value(q.region().name())));
        }
        if (q.sammachipLinked()) {
            bool.filter(f -> f.term(t -> t.field("sammachip").value(true)));
        }
        if (q.fundLinked()) {
            bool.filter(f -> f.term(t -> t.field("fund_linked").value(true)));
        }
        if (q.acceptsNetTerms()) {
            bool.filter(f -> f.term(t -> t.field("accepts_net_terms").value(true)));
        }
        return Query.of(x -> x.bool(bool.build()));
    }

    private static Map<String, Aggregation> facets(WholesaleQuery q) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(
                "category", Aggregation.of(a -> a.terms(t -> t.field("category").size(Category.values().length))));
        // an outlet without a known place counts nothing near it: -1 is no province
        int province = q.homeProvinceId() == null ? -1 : q.homeProvinceId();
        aggs.put(
                "province",
                Aggregation.of(
                        a -> a.filter(f -> f.term(t -> t.field("province_id").value(province)))));
        String region = q.homeRegion() == null ? "" : q.homeRegion().name();
        aggs.put(
                "region",
                Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("region").value(region)))));
        for (String flag : List.of("sammachip", "fund_linked", "accepts_net_terms")) {
            aggs.put(
                    flag,
                    Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(flag).value(true)))));
        }
        return aggs;
    }

    private static WholesaleResults.Facets counts(Map<String, Aggregate> aggs) {
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        aggs.get("category")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> categories.put(Category.valueOf(b.key().stringValue()), b.docCount()));
        return new WholesaleResults.Facets(
                categories,
                aggs.get("province").filter().docCount(),
                aggs.get("region").filter().docCount(),
                aggs.get("sammachip").filter().docCount(),
                aggs.get("fund_linked").filter().docCount(),
                aggs.get("accepts_net_terms").filter().docCount());
    }
}
