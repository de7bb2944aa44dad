package th.otop.catalog.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.stock.Stock;
import th.otop.devstack.RealServices;

/** Which products changed: a sale, a grade, nothing at all; by the database's clock. */
@MicronautTest(transactional = false)
class ProductChangesIntegrationTest implements RealServices {
    @Inject
    ProductChanges changes;

    @Inject
    Products products;

    @Inject
    Stock stock;

    @Inject
    OfficerActions officer;

    @Inject
    CatalogMother mother;

    @Test
    void aSaleAndAGradeAreChangesAndTheFirstAnswerHasNone() throws InterruptedException {
        ProducerId owner = mother.verifiedProducer("กลุ่มจักสานบ้านโนน", 40, ProducerKind.OCCUPATIONAL_GROUP);
        ProductId basket = mother.published(
                owner, CatalogMother.draft("ตะกร้าสาน", "Woven basket", Category.HOUSEHOLD, 25_000, 5));
        String basketId = products.find(basket).orElseThrow().publicId();
        Thread.sleep(10); // so the listing's last write is stamped before the first answer

        ProductChanges.Changed first = changes.since(null);
        assertEquals(Map.of(), first.products(), "nothing is kept before the first answer, so nothing to drop");
        // a question whose window starts right at the first answer
        Instant sinceFirst = first.asOf().plus(ProductChanges.OVERLAP);
        assertFalse(changes.since(sinceFirst).products().containsKey(basketId), "untouched since");

        assertTrue(stock.reserve(basket, 1, "order-1"));
        ProductChanges.Changed afterSale = changes.since(sinceFirst);
        ProductChanges.Stamp sale = afterSale.products().get(basketId);
        assertNotNull(sale, "a sale changes the stock shown");
        assertEquals(sale, changes.since(sinceFirst).products().get(basketId), "seen again, with the same stamp");
        assertFalse(afterSale.asOf().isBefore(first.asOf()));

        Instant sinceSale = afterSale.asOf().plus(ProductChanges.OVERLAP);
        officer.recordGrade(CatalogMother.GRADING_OFFICER, basket, Grading.of(3, 2024));
        ProductChanges.Stamp grade = changes.since(sinceSale).products().get(basketId);
        assertNotNull(grade, "so does a grade");
        assertNotEquals(sale, grade, "a stamp of its own");
    }
}
