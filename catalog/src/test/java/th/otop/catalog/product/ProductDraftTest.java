package th.otop.catalog.product;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

class ProductDraftTest {
    private static ProductDraft draft(String titleTh, long price, Grading grading) {
        return new ProductDraft(titleTh, "Silk", null, null, Category.CLOTH, grading, price, 5, "ผืน", "piece", 300, 2);
    }

    @Test
    void aCompleteDraftIsValid() {
        assertDoesNotThrow(() -> draft("ผ้าไหม", 120_000, Grading.of(4, 2024)).validate());
        assertDoesNotThrow(() -> draft("ผ้าไหม", 120_000, Grading.GROUP_D).validate());
    }

    @Test
    void everyBrokenRuleIsReportedInThaiAndEnglish() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> draft(" ", -100, Grading.of(6, 2024))
                .validate());
        assertEquals(
                java.util.List.of("titleTh", "price", "stars"),
                e.errors().stream().map(FieldError::field).toList());
        FieldError stars = e.errors().get(2);
        assertTrue(stars.messageTh().contains("1 ถึง 5"), stars.messageTh());
        assertTrue(stars.messageEn().contains("1 to 5"), stars.messageEn());
    }

    @Test
    void aGradeNeedsAPlausibleYear() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> draft("ผ้าไหม", 100, Grading.of(3, 1990))
                        .validate());
        assertEquals("starYear", e.errors().get(0).field());
    }

    @Test
    void priceHasAnUpperBound() {
        assertThrows(
                InvalidInputException.class, () -> draft("ผ้าไหม", ProductDraft.MAX_PRICE_SATANG + 1, Grading.GROUP_D)
                        .validate());
    }
}
