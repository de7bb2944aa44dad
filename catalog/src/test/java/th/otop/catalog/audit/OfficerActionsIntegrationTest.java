package th.otop.catalog.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.search.ProductIndexer;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class OfficerActionsIntegrationTest implements RealServices {
    private static final long OFFICER = 77;

    @Inject
    OfficerActions officer;

    @Inject
    AuditLog audit;

    @Inject
    Producers producers;

    @Inject
    Products products;

    @Inject
    ProductSearch search;

    @Inject
    ProductIndexer indexer;

    @Test
    void verifyingGradingAndHidingShowInSearchAndInTheAuditLog() {
        ProducerId producer = producers.register(new ProducerProfile(
                ProducerKind.COMMUNITY_ENTERPRISE,
                "วิสาหกิจชุมชนกาแฟบ้านป่าแดด",
                null,
                null,
                null,
                57,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
        ProductId coffee = products.create(
                producer, CatalogMother.draft("กาแฟอราบิกาคั่วกลาง", "Medium roast", Category.BEVERAGE, 25_000, 10));
        ProductId tea = products.create(
                producer, CatalogMother.draft("ชาใบหม่อน", "Mulberry tea", Category.BEVERAGE, 9_000, 10));
        assertThrows(InvalidInputException.class, () -> products.publish(producer, coffee), "not verified yet");

        officer.decideVerification(OFFICER, producer, Verification.VERIFIED, "เอกสารครบ");
        products.publish(producer, coffee);
        products.publish(producer, tea);
        officer.recordGrade(OFFICER, coffee, Grading.of(4, 2025));
        assertThrows(InvalidInputException.class, () -> officer.recordGrade(OFFICER, tea, Grading.of(6, 2025)));
        indexer.drainAll();
        CatalogMother.eventually(
                Duration.ofSeconds(3),
                () -> search.search(SearchQuery.forText(null)).facets().stars().getOrDefault(4, 0L) == 1L);

        officer.hideListing(OFFICER, tea, "ภาพไม่ตรงกับสินค้า");
        indexer.drainAll();
        CatalogMother.eventually(
                Duration.ofSeconds(3),
                () -> search.search(SearchQuery.forText(null)).total() == 1);
        assertEquals("ภาพไม่ตรงกับสินค้า", products.find(tea).orElseThrow().hiddenReason(), "the producer sees why");

        List<AuditEntry> log = audit.recent(10);
        assertEquals(
                List.of("product.hide", "product.grade", "producer.verified"),
                log.stream().map(AuditEntry::action).toList());
        assertTrue(log.stream().allMatch(e -> e.actorAccount() == OFFICER));
        assertEquals("4 stars, 2025", log.get(1).detail());
    }
}
