package th.otop.catalog.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonpUtils;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;

/**
 * Product search for the apps. Ranking is relevance first; then, as a bounded and explainable nudge,
 * products of ungraded (group D) producers and of sammachip-linked producers each get their score
 * multiplied by {@link #FAIR_EXPOSURE_BOOST}. A 10 % nudge reorders results of near-equal relevance,
 * so community producers are not buried under star-rated bestsellers, but it cannot lift a weak match
 * above a clearly better one.
 */
@Singleton
public class ProductSearch {
    public static final float FAIR_EXPOSURE_BOOST = 1.1f;
    private static final int MAX_RESULT_WINDOW = 10_000;

    /**
     * Every word of a short Thai query must match; of a longer one, three quarters. Thai has no spaces
     * and a dictionary segmenter may cut an unknown word differently alone than inside a title.
     */
    private static final String THAI_WORDS_REQUIRED = "3<75%";

    private static final int RECENT_SEARCHES = 500;

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final ExposureCounter exposure;
    private final RecentResults recent;

    ProductSearch(ElasticsearchClient client, SearchSettings settings, ExposureCounter exposure) {
        this.client = client;
        this.settings = settings;
        this.exposure = exposure;
        this.recent = new RecentResults(settings.getResultsCacheTtl(), RECENT_SEARCHES, System::nanoTime);
    }

    /** Results of a search; every time they are shown counts as impressions, also when they come from memory. */
    public SearchResults search(SearchQuery query) {
        SearchResults results = recent.get(query, this::fromElasticsearch);
        countImpressions(results);
        return results;
    }

    /** Counts results as shown once more, for a page showing them again without searching again. */
    public void countImpressions(SearchResults results) {
        exposure.count(results.hits());
    }

    private SearchResults fromElasticsearch(SearchQuery query) {
        SearchRequest request = request(query);
        try {
            @SuppressWarnings({"rawtypes", "unchecked"})
            SearchResponse<Map<String, Object>> response = (SearchResponse) client.search(request, Map.class);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (var hit : response.hits().hits()) {
                hits.add(toHit(hit.source(), hit.highlight()));
            }
            long total = response.hits().total() == null
                    ? hits.size()
                    : response.hits().total().value();
            String suggestion = total == 0 && query.text() != null ? spellingSuggestion(query.text()) : null;
            return new SearchResults(
                    hits, total, query.page(), query.size(), facets(response.aggregations()), suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException("Search is unavailable", e);
        }
    }

    private SearchRequest request(SearchQuery query) {
        int from = Math.min((query.page() - 1) * query.size(), MAX_RESULT_WINDOW - query.size());
        return SearchRequest.of(s -> {
            s.index(settings.alias())
                    .query(ranked(query))
                    .from(from)
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(facetAggregations())
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html)
                                .preTags("<mark>")
                                .postTags("</mark>")
                                .fields("title_th", f -> f.numberOfFragments(0))
                                .fields("title_en", f -> f.numberOfFragments(0));
                        // only the title matches: highlighting the whole query re-runs its fuzzy parts
                        // against every hit's Thai title, which took most of a search's time
                        return query.text() == null ? h : h.highlightQuery(titleMatches(query.text()));
                    });
            switch (query.sort()) {
                case PRICE_ASC -> s.sort(
                        o -> o.field(f -> f.field("price_satang").order(SortOrder.Asc)));
                case PRICE_DESC -> s.sort(
                        o -> o.field(f -> f.field("price_satang").order(SortOrder.Desc)));
                case NEWEST -> s.sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc)));
                case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            // a unique tie-breaker keeps pages stable when scores or prices are equal
            return s.sort(o -> o.field(f -> f.field("public_id").order(SortOrder.Asc)));
        });
    }

    /** The exact Elasticsearch query this service sends for a search, as JSON: for benchmarks and debugging. */
    public String requestJson(SearchQuery query) {
        return JsonpUtils.toJsonString(request(query), client._jsonpMapper());
    }

    /**
     * Titles of products with a word starting with what the buyer has typed so far, best first: the
     * English title for Latin input, else the Thai one.
     */
    public List<String> autocomplete(String prefix, int size) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String typed = prefix.strip();
        String titleField = typed.chars().allMatch(c -> c < 0x80) ? "title_en" : "title_th";
        try {
            @SuppressWarnings({"rawtypes", "unchecked"})
            SearchResponse<Map<String, Object>> response = (SearchResponse) client.search(
                    s -> s.index(settings.alias())
                            .size(0)
                            .source(src -> src.filter(f -> f.includes("title_th", "title_en")))
                            .suggest(sg -> sg.suggesters(
                                    "titles", fs -> fs.prefix(typed).completion(c -> c.field("suggest")
                                            .skipDuplicates(true)
                                            .size(size)))),
                    Map.class);
            java.util.LinkedHashSet<String> titles = new java.util.LinkedHashSet<>();
            for (var suggestion : response.suggest().getOrDefault("titles", List.of())) {
                suggestion.completion().options().forEach(o -> {
                    Object title = o.source() == null ? null : o.source().get(titleField);
                    titles.add(title != null ? title.toString() : o.text());
                });
            }
            return List.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException("Autocomplete is unavailable", e);
        }
    }

    private Query ranked(SearchQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.text() != null) {
            bool.must(textMatch(q.text()));
        }
        bool.filter(f -> f.term(t -> t.field("visible").value(true)));
        if (!q.categories().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("category")
                    .terms(v -> v.value(q.categories().stream()
                            .map(c -> FieldValue.of(c.name()))
                            .toList()))));
        }
        if (q.region() != null) {
            bool.filter(f -> f.term(t -> t.field("region").value(q.region().name())));
        }
        if (q.provinceId() != null) {
            bool.filter(f -> f.term(t -> t.field("province_id").value(q.provinceId())));
        }
        if (!q.stars().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("stars")
                    .terms(v -> v.value(q.stars().stream().map(FieldValue::of).toList()))));
        }
        if (q.priceBand() != null) {
            PriceBand band = q.priceBand();
            bool.filter(f -> f.range(r -> r.number(n -> {
                n.field("price_satang");
                if (band.fromSatang() != null) {
                    n.gte(band.fromSatang().doubleValue());
                }
                if (band.toSatang() != null) {
                    n.lt(band.toSatang().doubleValue());
                }
                return n;
            })));
        }
        if (!q.producerKinds().isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field("producer_kind")
                    .terms(v -> v.value(q.producerKinds().stream()
                            .map(k -> FieldValue.of(k.name()))
                            .toList()))));
        }
        if (q.sammachip() != null) {
            bool.filter(f -> f.term(t -> t.field("sammachip").value(q.sammachip())));
        }
        if (q.fundLinked() != null) {
            bool.filter(f -> f.term(t -> t.field("fund_linked").value(q.fundLinked())));
        }
        Query base = Query.of(x -> x.bool(bool.build()));
        return Query.of(x -> x.functionScore(fs -> fs.query(base)
                .functions(f ->
                        f.filter(g -> g.term(t -> t.field("stars").value(0))).weight((double) FAIR_EXPOSURE_BOOST))
                .functions(f -> f.filter(g -> g.term(t -> t.field("sammachip").value(true)))
                        .weight((double) FAIR_EXPOSURE_BOOST))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    /**
     * The words typed, in Thai or English, against titles, producers, provinces and descriptions: the consumer search's
     * and the wholesale catalogue's text query.
     */
    static Query textMatch(String text) {
        return Query.of(m -> m.bool(b -> b.should(s -> s.match(t -> t.field("title_th")
                        .query(text)
                        .minimumShouldMatch(THAI_WORDS_REQUIRED)
                        .boost(3f)))
                .should(s ->
                        s.match(t -> t.field("producer_name_th").query(text).minimumShouldMatch(THAI_WORDS_REQUIRED)))
                .should(s -> s.match(t -> t.field("province_th").query(text).minimumShouldMatch(THAI_WORDS_REQUIRED)))
                .should(s -> s.match(t -> t.field("description_th")
                        .query(text)
                        .minimumShouldMatch(THAI_WORDS_REQUIRED)
                        .boost(0.5f)))
                .should(s -> s.multiMatch(t -> typoTolerant(
                        t.query(text)
                                .fields("title_en^3", "producer_name_en", "province_en", "description_en^0.5")
                                .type(TextQueryType.BestFields)
                                .operator(Operator.And),
                        text)))
                .minimumShouldMatch("1")));
    }

    private static Query titleMatches(String text) {
        return Query.of(q -> q.bool(b -> b.should(
                        s -> s.match(m -> m.field("title_th").query(text)))
                .should(s -> s.match(m -> typoTolerant(m.field("title_en").query(text), text)))));
    }

    /**
     * Fuzziness for Latin words only: Thai text has no English typo to forgive, and a fuzzy Thai term
     * costs far more than it finds.
     */
    private static MatchQuery.Builder typoTolerant(MatchQuery.Builder match, String text) {
        if (hasLatinLetters(text)) {
            match.fuzziness("AUTO").prefixLength(1);
        }
        return match;
    }

    private static MultiMatchQuery.Builder typoTolerant(MultiMatchQuery.Builder match, String text) {
        if (hasLatinLetters(text)) {
            match.fuzziness("AUTO").prefixLength(1);
        }
        return match;
    }

    private static boolean hasLatinLetters(String text) {
        return text.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static Map<String, Aggregation> facetAggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(
                "category", Aggregation.of(a -> a.terms(t -> t.field("category").size(10))));
        aggs.put("region", Aggregation.of(a -> a.terms(t -> t.field("region").size(10))));
        aggs.put(
                "province",
                Aggregation.of(a -> a.terms(t -> t.field("province_id").size(100))));
        aggs.put("stars", Aggregation.of(a -> a.terms(t -> t.field("stars").size(10))));
        aggs.put(
                "kind",
                Aggregation.of(a -> a.terms(t -> t.field("producer_kind").size(10))));
        List<AggregationRange> ranges = new ArrayList<>();
        for (PriceBand band : PriceBand.values()) {
            ranges.add(AggregationRange.of(r -> {
                r.key(band.name());
                if (band.fromSatang() != null) {
                    r.from(band.fromSatang().doubleValue());
                }
                if (band.toSatang() != null) {
                    r.to(band.toSatang().doubleValue());
                }
                return r;
            }));
        }
        aggs.put(
                "price",
                Aggregation.of(a -> a.range(r -> r.field("price_satang").ranges(ranges))));
        aggs.put(
                "sammachip",
                Aggregation.of(
                        a -> a.filter(f -> f.term(t -> t.field("sammachip").value(true)))));
        aggs.put(
                "fund",
                Aggregation.of(
                        a -> a.filter(f -> f.term(t -> t.field("fund_linked").value(true)))));
        return aggs;
    }

    private static SearchResults.Facets facets(Map<String, Aggregate> aggs) {
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        aggs.get("category")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> categories.put(Category.valueOf(b.key().stringValue()), b.docCount()));
        Map<Region, Long> regions = new EnumMap<>(Region.class);
        aggs.get("region")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> regions.put(Region.valueOf(b.key().stringValue()), b.docCount()));
        Map<Integer, Long> provinces = new TreeMap<>();
        aggs.get("province").lterms().buckets().array().forEach(b -> provinces.put((int) b.key(), b.docCount()));
        Map<Integer, Long> stars = new TreeMap<>();
        aggs.get("stars").lterms().buckets().array().forEach(b -> stars.put((int) b.key(), b.docCount()));
        Map<ProducerKind, Long> kinds = new EnumMap<>(ProducerKind.class);
        aggs.get("kind")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> kinds.put(ProducerKind.valueOf(b.key().stringValue()), b.docCount()));
        Map<PriceBand, Long> prices = new EnumMap<>(PriceBand.class);
        aggs.get("price").range().buckets().array().forEach(b -> prices.put(PriceBand.valueOf(b.key()), b.docCount()));
        return new SearchResults.Facets(
                categories,
                regions,
                provinces,
                stars,
                prices,
                kinds,
                aggs.get("sammachip").filter().docCount(),
                aggs.get("fund").filter().docCount());
    }

    private String spellingSuggestion(String text) throws IOException {
        var response = client.search(
                s -> s.index(settings.alias())
                        .size(0)
                        .suggest(sg -> sg.suggesters("spelling", fs -> fs.text(text)
                                .term(t -> t.field("title_en").size(1)))),
                Void.class);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        for (var term : response.suggest().getOrDefault("spelling", List.of())) {
            var options = term.term().options();
            String word =
                    options.isEmpty() ? term.term().text() : options.get(0).text();
            changed |= !options.isEmpty();
            corrected.append(corrected.isEmpty() ? "" : " ").append(word);
        }
        return changed ? corrected.toString() : null;
    }

    private static SearchResults.Hit toHit(Map<String, Object> doc, Map<String, List<String>> highlight) {
        return new SearchResults.Hit(
                (String) doc.get("public_id"),
                (String) doc.get("producer_public_id"),
                (String) doc.get("title_th"),
                (String) doc.get("title_en"),
                (String) doc.get("producer_name_th"),
                (String) doc.get("producer_name_en"),
                ((Number) doc.get("province_id")).intValue(),
                (String) doc.get("province_th"),
                (String) doc.get("province_en"),
                Category.valueOf((String) doc.get("category")),
                ((Number) doc.get("stars")).intValue(),
                ((Number) doc.get("price_satang")).longValue(),
                Boolean.TRUE.equals(doc.get("in_stock")),
                Boolean.TRUE.equals(doc.get("sammachip")),
                Boolean.TRUE.equals(doc.get("fund_linked")),
                (String) doc.get("photo_key"),
                first(highlight, "title_th"),
                first(highlight, "title_en"));
    }

    private static String first(Map<String, List<String>> highlight, String field) {
        List<String> fragments = highlight == null ? null : highlight.get(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }
}
