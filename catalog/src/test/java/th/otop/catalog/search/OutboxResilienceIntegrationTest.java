package th.otop.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.catalog.CatalogMother.draft;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.devstack.TcpProxy;
import th.otop.devstack.TestServices;

/** Elasticsearch goes away for real (its connections are cut); edits go on; nothing is lost. */
@MicronautTest(transactional = false)
class OutboxResilienceIntegrationTest implements RealServices {
    private final TcpProxy elasticsearch =
            new TcpProxy(URI.create(TestServices.endpoints().elasticsearchUrls().split(",")[0])
                    .getPort());

    @Inject
    Products products;

    @Inject
    ProductIndexer indexer;

    @Inject
    ProductSearch search;

    @Inject
    CatalogMother mother;

    OutboxResilienceIntegrationTest() throws IOException {}

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.super.getProperties());
        properties.put("elasticsearch.httpHosts", "http://127.0.0.1:" + elasticsearch.port());
        properties.put("otop.search.max-backoff", "1s");
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        elasticsearch.close();
    }

    @Test
    void athousandEditsWhileElasticsearchIsDownAllAppearWhenItReturns() {
        ProducerId producer = mother.verifiedProducer("กลุ่มจักสานบ้านไร่", 61, ProducerKind.OCCUPATIONAL_GROUP);
        List<ProductId> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(mother.published(
                    producer, draft("ตะกร้าสานไม้ไผ่ " + i, "Bamboo basket " + i, Category.HOUSEHOLD, 10_000, 5)));
        }
        indexer.drainAll();

        elasticsearch.cut();
        assertThrows(
                RuntimeException.class, () -> search.search(SearchQuery.forText(null)), "Elasticsearch is really gone");
        Map<String, Long> finalPrices = new HashMap<>();
        for (int round = 1; round <= 10; round++) {
            for (ProductId id : ids) {
                long price = 10_000L + round * 100L + id.value();
                products.update(
                        producer,
                        id,
                        draft("ตะกร้าสานไม้ไผ่ " + id.value(), "Bamboo basket", Category.HOUSEHOLD, price, 5));
                finalPrices.put(products.find(id).orElseThrow().publicId(), price);
            }
        }
        assertTrue(indexer.pending() >= 1_000, "every edit waits in the outbox: " + indexer.pending());

        elasticsearch.restore();
        CatalogMother.eventually(Duration.ofSeconds(30), () -> indexer.pending() == 0);
        CatalogMother.eventually(Duration.ofSeconds(5), () -> indexedPrices().equals(finalPrices));
        assertEquals(100, indexedPrices().size());
    }

    private Map<String, Long> indexedPrices() {
        Map<String, Long> prices = new HashMap<>();
        for (int page = 1; page <= 2; page++) {
            SearchQuery query =
                    SearchQuery.forText(null).withSort(SearchSort.PRICE_ASC).withPage(page, 50);
            search.search(query).hits().forEach(h -> prices.put(h.publicId(), h.priceSatang()));
        }
        return prices;
    }
}
