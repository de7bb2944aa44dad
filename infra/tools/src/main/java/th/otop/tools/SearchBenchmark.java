package th.otop.tools;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;
import th.otop.catalog.search.PriceBand;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.search.SearchSort;
import th.otop.devstack.TestServices;

/**
 * On the full 83,538-product catalogue: how long a full reindex takes, and search latency under 16
 * concurrent clients for a fixed mix of Thai and English queries with facets, through our
 * {@link ProductSearch} and with the very same queries sent straight to Elasticsearch.
 */
public final class SearchBenchmark {
    private static final int CLIENTS = 16;

    static final List<SearchQuery> MIX = List.of(
            SearchQuery.forText("ผ้าไหม"),
            SearchQuery.forText("น้ำพริก").withRegion(Region.NORTH),
            SearchQuery.forText("กาแฟ").withSort(SearchSort.PRICE_ASC),
            SearchQuery.forText("สบู่สมุนไพร").withStars(Set.of(0)),
            SearchQuery.forText("ตะกร้าสาน").withPriceBand(PriceBand.FROM_100_TO_300),
            SearchQuery.forText("ข้าวหอมมะลิ").withSammachip(true),
            SearchQuery.forText("silk"),
            SearchQuery.forText("coffee").withCategories(Set.of(Category.BEVERAGE)),
            SearchQuery.forText("herbal soap"),
            SearchQuery.forText("basket").withSort(SearchSort.PRICE_DESC),
            SearchQuery.forText("chili paste").withPage(2, 24),
            SearchQuery.forText(null).withCategories(Set.of(Category.CLOTH)).withStars(Set.of(4, 5)));

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties(SearchBenchmark.class));
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            FullCatalog catalog = FullCatalog.prepare(context);

            ProductSearch search = context.getBean(ProductSearch.class);
            String alias = properties.get("otop.search.index-prefix") + "products";
            String es = TestServices.endpoints().elasticsearchUrls().split(",")[0];
            HttpClient http = HttpClient.newHttpClient();
            List<HttpRequest> raw = MIX.stream()
                    .map(q -> HttpRequest.newBuilder(URI.create(es + "/" + alias + "/_search"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(search.requestJson(q)))
                            .build())
                    .toList();
            Latencies.Call ours = i -> search.search(MIX.get(i % MIX.size()));
            Latencies.Call direct = i -> {
                HttpResponse<String> response =
                        http.send(raw.get(i % raw.size()), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                }
            };
            Latencies.measure(CLIENTS, 10, ours);
            Latencies.measure(CLIENTS, 10, direct);
            Latencies.Result a = Latencies.measure(CLIENTS, seconds, ours);
            Latencies.Result b = Latencies.measure(CLIENTS, seconds, direct);

            System.out.println();
            System.out.printf(
                    "Full reindex: %,d products in %.1f s (%,.0f docs/s)%n",
                    catalog.indexed(), catalog.reindexSeconds(), catalog.indexed() / catalog.reindexSeconds());
            System.out.printf(
                    "Search, %d concurrent clients, %d-query Thai/English mix with facets, %.0f s each:%n",
                    CLIENTS, MIX.size(), seconds);
            System.out.println("| path                  | searches/s | p50 ms | p95 ms | p99 ms | errors |");
            System.out.println("|-----------------------|-----------:|-------:|-------:|-------:|-------:|");
            row("ProductSearch (ours)", a);
            row("Elasticsearch direct", b);
            for (Latencies.Result r : List.of(a, b)) {
                if (r.errors() > 0) {
                    System.out.println("First error: " + r.firstError());
                }
            }
            System.out.printf("p99 ratio ours/raw: %.2f (goal <= 1.5)%n", a.p99Ms() / b.p99Ms());
        }
    }

    private static void row(String name, Latencies.Result r) {
        System.out.printf(
                "| %-21s | %10.0f | %6.1f | %6.1f | %6.1f | %6d |%n",
                name, r.perSecond(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.errors());
    }
}
