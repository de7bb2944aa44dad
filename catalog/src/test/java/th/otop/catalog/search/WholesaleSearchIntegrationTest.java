package th.otop.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.catalog.CatalogMother.draft;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleListing;
import th.otop.catalog.wholesale.WholesaleQuery;
import th.otop.catalog.wholesale.WholesaleResults;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;

/**
 * The wholesale catalogue in the products index: only products with wholesale terms, Thai and English text, each filter
 * with its count, and a producer's change of terms reaching search through the outbox.
 */
@MicronautTest(transactional = false)
class WholesaleSearchIntegrationTest implements RealServices {
    static final int SURIN = 32;
    static final int CHIANG_MAI = 50;
    static final int CHIANG_RAI = 57;

    @Inject
    WholesaleSearch search;

    @Inject
    WholesaleCatalogue catalogue;

    @Inject
    ProductIndexer indexer;

    @Inject
    Community community;

    @Inject
    CatalogMother mother;

    ProducerId weavers;
    ProducerId chiliGroup;
    ProducerId roaster;
    ProductId silk;
    ProductId cotton;
    ProductId chili;
    ProductId coffee;

    @BeforeAll
    void catalogue() {
        weavers =
                mother.verifiedProducer("วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง", SURIN, ProducerKind.COMMUNITY_ENTERPRISE);
        long programme = community.addProgramme(new SammachipProgramme(
                0,
                SURIN,
                "เมืองสุรินทร์",
                "สลักได",
                "บ้านท่าสว่าง",
                "นายสมชาย ใจดี",
                List.of("นางสาย", "นายดำ", "นางแดง", "นายขาว", "นางเขียว"),
                120,
                List.of("ทอผ้าไหม"),
                2017));
        community.linkGroup(weavers, community.addGroup("กลุ่มทอผ้าไหมท่าสว่าง", null, programme, 40), true);
        long fund = community.addFund(FundKind.FUND_CENTRE, "กองทุนหมู่บ้านท่าสว่าง", null, SURIN);
        community.linkFund(weavers, fund, FundRelation.MEMBER, true);
        chiliGroup = mother.verifiedProducer("กลุ่มแม่บ้านน้ำพริกสันทราย", CHIANG_MAI, ProducerKind.OCCUPATIONAL_GROUP);
        roaster = mother.verifiedProducer("ไร่กาแฟดอยช้าง", CHIANG_RAI, ProducerKind.SME);

        silk = mother.published(
                weavers, draft("ผ้าไหมทอมือจากสุรินทร์", "Hand-woven silk from Surin", Category.CLOTH, 250_000, 40));
        cotton = mother.published(weavers, draft("ผ้าฝ้ายย้อมคราม", "Indigo-dyed cotton", Category.CLOTH, 45_000, 70));
        chili = mother.published(
                chiliGroup, draft("น้ำพริกเผาแม่ประนอม", "Roasted chili paste", Category.FOOD, 8_000, 400));
        coffee = mother.published(
                roaster,
                draft("กาแฟคั่วดอยช้าง", "Doi Chang roasted coffee", Category.BEVERAGE, 32_000, 90),
                Grading.of(4, 2023));
        catalogue.set(weavers, terms(silk, 12, true));
        catalogue.set(chiliGroup, terms(chili, 24, false));
        catalogue.set(roaster, terms(coffee, 10, true));
        // cotton has no wholesale terms: it stays out of the wholesale catalogue

        indexer.drainAll();
        CatalogMother.eventually(
                Duration.ofSeconds(5), () -> search(query(null)).total() == 3);
    }

    private static WholesaleTerms terms(ProductId product, int minimum, boolean netTerms) {
        return new WholesaleTerms(product, minimum, 1, netTerms, List.of(new PriceTier(minimum, 1_000)));
    }

    /** An outlet in Chiang Mai, in the north. */
    private static WholesaleQuery query(String text) {
        return filtered(text, null, null, null, false, false, false);
    }

    private static WholesaleQuery filtered(
            String text,
            Category category,
            Integer province,
            Region region,
            boolean sammachip,
            boolean fund,
            boolean netTerms) {
        return new WholesaleQuery(
                text, category, province, region, sammachip, fund, netTerms, 0, CHIANG_MAI, Region.NORTH);
    }

    private WholesaleResults search(WholesaleQuery query) {
        return search.search(query);
    }

    private List<ProductId> found(WholesaleQuery query) {
        return search(query).listings().stream()
                .map(WholesaleListing::productId)
                .sorted(java.util.Comparator.comparingLong(ProductId::value))
                .toList();
    }

    @Test
    void onlyProductsWithWholesaleTermsAppearWithTheirCounts() {
        WholesaleResults all = search(query(null));
        assertEquals(List.of(silk, chili, coffee), found(query(null)));
        assertEquals(coffee, all.listings().get(0).productId(), "newest first");
        assertEquals(
                12,
                all.listings().stream()
                        .filter(l -> l.productId().equals(silk))
                        .findFirst()
                        .orElseThrow()
                        .terms()
                        .minOrderQuantity());
        WholesaleResults.Facets facets = all.facets();
        assertEquals(Map.of(Category.CLOTH, 1L, Category.FOOD, 1L, Category.BEVERAGE, 1L), facets.categories());
        assertEquals(1, facets.fromMyProvince());
        assertEquals(2, facets.fromMyRegion());
        assertEquals(1, facets.sammachipLinked());
        assertEquals(1, facets.fundLinked());
        assertEquals(2, facets.acceptsNetTerms());
    }

    @Test
    void thaiAndEnglishTextFindTheProduct() {
        assertEquals(List.of(chili), found(query("น้ำพริก")));
        assertEquals(List.of(coffee), found(query("coffee")));
        assertEquals(List.of(silk), found(query("silk")));
        assertEquals(List.of(), found(query("ผ้าฝ้าย")), "no wholesale terms");
    }

    @Test
    void eachFilterNarrowsTheResultsAndTheirCounts() {
        assertEquals(List.of(chili), found(filtered(null, Category.FOOD, null, null, false, false, false)));
        assertEquals(List.of(chili), found(filtered(null, null, CHIANG_MAI, null, false, false, false)));
        WholesaleResults north = search(filtered(null, null, null, Region.NORTH, false, false, false));
        assertEquals(2, north.total());
        assertEquals(
                Map.of(Category.FOOD, 1L, Category.BEVERAGE, 1L), north.facets().categories());
        assertEquals(1, north.facets().acceptsNetTerms());
        assertEquals(List.of(silk), found(filtered(null, null, null, null, true, false, false)));
        assertEquals(List.of(silk), found(filtered(null, null, null, null, false, true, false)));
        assertEquals(List.of(silk, coffee), found(filtered(null, null, null, null, false, false, true)));
        assertEquals(List.of(), found(filtered("น้ำพริก", null, null, null, false, false, true)));
    }

    @Test
    void aChangeOfTermsReachesSearchThroughTheOutbox() {
        catalogue.set(weavers, terms(cotton, 20, false));
        catalogue.set(chiliGroup, terms(chili, 24, true));
        indexer.drainAll();
        CatalogMother.eventually(
                Duration.ofSeconds(5), () -> search(query(null)).total() == 4);
        CatalogMother.eventually(
                Duration.ofSeconds(5), () -> found(filtered(null, null, null, null, false, false, true))
                        .contains(chili));

        catalogue.remove(weavers, cotton);
        catalogue.set(chiliGroup, terms(chili, 24, false));
        indexer.drainAll();
        CatalogMother.eventually(
                Duration.ofSeconds(5), () -> search(query(null)).total() == 3);
        CatalogMother.eventually(
                Duration.ofSeconds(5), () -> !found(filtered(null, null, null, null, false, false, true))
                        .contains(chili));
        assertTrue(found(query(null)).contains(chili));
    }
}
