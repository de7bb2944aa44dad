package th.otop.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.catalog.CatalogMother.draft;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class ProductSearchIntegrationTest implements RealServices {
    @Inject
    ProductSearch search;

    @Inject
    ProductIndexer indexer;

    @Inject
    Products products;

    @Inject
    Community community;

    @Inject
    CatalogMother mother;

    @Inject
    ExposureCounter exposure;

    @Inject
    DataSource dataSource;

    ProducerId weavers;
    ProducerId chiliGroup;
    ProductId silk;
    ProductId chili;
    ProductId cotton;
    ProductId coffee;

    @BeforeAll
    void catalogue() {
        weavers = mother.verifiedProducer("วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง", 32, ProducerKind.COMMUNITY_ENTERPRISE);
        long programme = community.addProgramme(new SammachipProgramme(
                0,
                32,
                "เมืองสุรินทร์",
                "สลักได",
                "บ้านท่าสว่าง",
                "นายสมชาย ใจดี",
                List.of("นางสาย", "นายดำ", "นางแดง", "นายขาว", "นางเขียว"),
                120,
                List.of("ทอผ้าไหม"),
                2017));
        community.linkGroup(
                weavers, community.addGroup("กลุ่มทอผ้าไหมท่าสว่าง", "Tha Sawang silk weavers", programme, 40), true);
        chiliGroup = mother.verifiedProducer("กลุ่มแม่บ้านน้ำพริกสันทราย", 50, ProducerKind.OCCUPATIONAL_GROUP);
        ProducerId roaster = mother.verifiedProducer("ไร่กาแฟดอยช้าง", 57, ProducerKind.SME);

        silk = mother.published(
                weavers,
                draft("ผ้าไหมทอมือจากสุรินทร์", "Hand-woven silk from Surin", Category.CLOTH, 250_000, 4),
                Grading.of(5, 2024));
        chili = mother.published(
                chiliGroup, draft("น้ำพริกเผาแม่ประนอม", "Roasted chili paste", Category.FOOD, 8_000, 40));
        cotton = mother.published(weavers, draft("ผ้าฝ้ายย้อมคราม", "Indigo-dyed cotton", Category.CLOTH, 45_000, 7));
        coffee = mother.published(
                roaster,
                draft("กาแฟคั่วดอยช้าง", "Doi Chang roasted coffee", Category.BEVERAGE, 32_000, 0),
                Grading.of(4, 2023));
        ProductId hidden = mother.published(weavers, draft("ผ้าไหมลายซ่อน", "Hidden silk", Category.CLOTH, 10_000, 1));
        products.hide(hidden, "รูปภาพไม่ตรงกับสินค้า");
        products.create(weavers, draft("ผ้าไหมฉบับร่าง", "Draft silk", Category.CLOTH, 10_000, 1));

        indexer.drainAll();
        CatalogMother.eventually(
                Duration.ofSeconds(5),
                () -> search.search(SearchQuery.forText(null)).total() == 4);
    }

    private List<String> titles(SearchQuery query) {
        return search.search(query).hits().stream()
                .map(SearchResults.Hit::titleTh)
                .toList();
    }

    @Test
    void aThaiCompoundIsFoundByItsPrefix() {
        assertEquals(List.of("น้ำพริกเผาแม่ประนอม"), titles(SearchQuery.forText("น้ำพริก")));
    }

    @Test
    void thaiWordsFindTheProductAndHiddenOrDraftListingsStayOut() {
        List<String> found = titles(SearchQuery.forText("ผ้าไหม"));
        assertEquals("ผ้าไหมทอมือจากสุรินทร์", found.get(0), "the title match ranks first: " + found);
        assertFalse(found.contains("ผ้าไหมลายซ่อน"), "hidden by an officer");
        assertFalse(found.contains("ผ้าไหมฉบับร่าง"), "a draft");
    }

    @Test
    void englishFindsTheThaiProductThroughItsEnglishTitleEvenWithATypo() {
        assertEquals(
                "ผ้าไหมทอมือจากสุรินทร์", titles(SearchQuery.forText("silk")).get(0));
        assertEquals(
                "ผ้าไหมทอมือจากสุรินทร์", titles(SearchQuery.forText("sillk")).get(0));
        assertEquals(List.of("กาแฟคั่วดอยช้าง"), titles(SearchQuery.forText("Coffee")));
    }

    @Test
    void theProvinceNameFindsItsProducts() {
        assertEquals(
                Set.of("ผ้าไหมทอมือจากสุรินทร์", "ผ้าฝ้ายย้อมคราม"),
                Set.copyOf(titles(SearchQuery.forText("สุรินทร์"))));
    }

    @Test
    void matchesAreHighlightedWithTheTextEscaped() {
        SearchResults.Hit hit =
                search.search(SearchQuery.forText("silk")).hits().get(0);
        assertNotNull(hit.highlightEn());
        assertTrue(hit.highlightEn().contains("<mark>silk</mark>"), hit.highlightEn());
    }

    @Test
    void facetCountsMatchTheDatabase() throws Exception {
        SearchResults.Facets facets = search.search(SearchQuery.forText(null)).facets();
        Map<String, Long> categories = countVisible("p.category");
        Map<Category, Long> expected = new HashMap<>();
        categories.forEach((k, v) -> expected.put(Category.valueOf(k), v));
        assertEquals(expected, facets.categories());
        Map<Integer, Long> stars = new HashMap<>();
        countVisible("COALESCE(p.star_rating, 0)").forEach((k, v) -> stars.put(Integer.parseInt(k), v));
        assertEquals(stars, facets.stars());
        Map<Region, Long> regions = new HashMap<>();
        countVisible("pv.region").forEach((k, v) -> regions.put(Region.valueOf(k), v));
        assertEquals(regions, facets.regions());
        assertEquals(2, facets.sammachip(), "the weavers' two products");
        assertEquals(
                Map.of(PriceBand.UNDER_100, 1L, PriceBand.FROM_300_TO_1000, 2L, PriceBand.FROM_1000_TO_3000, 1L),
                withoutZeros(facets.priceBands()));
    }

    @Test
    void filtersCombine() {
        SearchQuery clothGroupD =
                SearchQuery.forText(null).withCategories(Set.of(Category.CLOTH)).withStars(Set.of(0));
        assertEquals(List.of("ผ้าฝ้ายย้อมคราม"), titles(clothGroupD));
        SearchQuery northernFood =
                SearchQuery.forText(null).withRegion(Region.NORTH).withCategories(Set.of(Category.FOOD));
        assertEquals(List.of("น้ำพริกเผาแม่ประนอม"), titles(northernFood));
        assertEquals(
                Set.of("ผ้าไหมทอมือจากสุรินทร์", "ผ้าฝ้ายย้อมคราม"),
                Set.copyOf(titles(SearchQuery.forText(null).withSammachip(true))));
        assertEquals(
                List.of("กาแฟคั่วดอยช้าง"), titles(SearchQuery.forText(null).withProvince(57)));
    }

    @Test
    void sortingByPricePagesWithoutGapsOrRepeats() {
        SearchQuery cheapest = SearchQuery.forText(null).withSort(SearchSort.PRICE_ASC);
        List<String> first = titles(cheapest.withPage(1, 2));
        List<String> second = titles(cheapest.withPage(2, 2));
        assertEquals(List.of("น้ำพริกเผาแม่ประนอม", "กาแฟคั่วดอยช้าง"), first);
        assertEquals(List.of("ผ้าฝ้ายย้อมคราม", "ผ้าไหมทอมือจากสุรินทร์"), second);
        assertEquals(
                List.of("ผ้าไหมทอมือจากสุรินทร์", "ผ้าฝ้ายย้อมคราม"),
                titles(cheapest.withSort(SearchSort.PRICE_DESC).withPage(1, 2)));
    }

    @Test
    void autocompleteOffersTitlesFromAnyThaiWord() {
        assertTrue(search.autocomplete("น้ำพริก", 5).contains("น้ำพริกเผาแม่ประนอม"));
        assertTrue(search.autocomplete("แม่ประ", 5).contains("น้ำพริกเผาแม่ประนอม"));
        assertTrue(search.autocomplete("Hand", 5).contains("Hand-woven silk from Surin"));
        assertFalse(search.autocomplete("ผ้าไหมลาย", 5).contains("ผ้าไหมลายซ่อน"), "hidden products are not offered");
    }

    @Test
    void noResultsOffersASpellingSuggestion() {
        SearchResults none = search.search(SearchQuery.forText("cofee paiste"));
        assertEquals(0, none.total());
        assertNotNull(none.spellingSuggestion());
    }

    @Test
    void anEditIsSearchableWithinTwoSeconds() {
        ProductDraft renamed = draft("เมล็ดกาแฟคั่วเข้ม", "Dark roast beans", Category.BEVERAGE, 32_000, 0);
        ProducerId owner = products.find(coffee).orElseThrow().producerId();
        products.update(owner, coffee, renamed);
        CatalogMother.eventually(
                Duration.ofSeconds(2),
                () -> titles(SearchQuery.forText("คั่วเข้ม")).size() == 1);
        products.update(
                owner, coffee, draft("กาแฟคั่วดอยช้าง", "Doi Chang roasted coffee", Category.BEVERAGE, 32_000, 0));
        CatalogMother.eventually(Duration.ofSeconds(2), () -> titles(SearchQuery.forText("คั่วเข้ม"))
                .isEmpty());
    }

    @Test
    void impressionsAreCountedPerProducerSegment() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        long before = exposure.impressions(today, today).getOrDefault(ExposureCounter.Segment.GROUP_D, 0L);
        search.search(SearchQuery.forText("น้ำพริก"));
        Map<ExposureCounter.Segment, Long> after = exposure.impressions(today, today);
        assertEquals(before + 1, after.get(ExposureCounter.Segment.GROUP_D));
        assertTrue(after.get(ExposureCounter.Segment.ALL) >= after.get(ExposureCounter.Segment.GROUP_D));
    }

    Map<String, Long> countVisible(String column) throws java.sql.SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = connection.prepareStatement("SELECT " + column
                        + " AS k, COUNT(*) FROM product p JOIN producer pr ON pr.id = p.producer_id "
                        + "JOIN province pv ON pv.id = pr.province_id WHERE p.status = 'PUBLISHED' "
                        + "AND p.deleted_at IS NULL AND pr.verification = 'VERIFIED' GROUP BY k");
                var rs = ps.executeQuery()) {
            Map<String, Long> counts = new HashMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        }
    }

    private static <K> Map<K, Long> withoutZeros(Map<K, Long> counts) {
        Map<K, Long> nonZero = new HashMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                nonZero.put(k, v);
            }
        });
        return nonZero;
    }
}
