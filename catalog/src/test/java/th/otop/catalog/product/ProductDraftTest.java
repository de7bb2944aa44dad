package th.otop.catalog.product;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

class ProductDraftTest {
    private static ProductDraft draft(String titleTh, long price) {
        return new ProductDraft(titleTh, "Silk", null, null, Category.CLOTH, price, 5, "ผืน", "piece", 300, 2);
    }

    @Test
    void aCompleteDraftIsValid() {
        assertDoesNotThrow(() -> draft("ผ้าไหม", 120_000).validate());
    }

    @Test
    void everyBrokenRuleIsReportedInThaiAndEnglish() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> draft(" ", -100).validate());
        assertEquals(
                java.util.List.of("titleTh", "price"),
                e.errors().stream().map(FieldError::field).toList());
        FieldError price = e.errors().get(1);
        assertTrue(price.messageTh().contains("1,000,000 บาท"), price.messageTh());
        assertTrue(price.messageEn().contains("1,000,000 baht"), price.messageEn());
    }

    @Test
    void priceHasAnUpperBound() {
        assertThrows(InvalidInputException.class, () -> draft("ผ้าไหม", ProductDraft.MAX_PRICE_SATANG + 1)
                .validate());
    }

    @Test
    void aDraftHasNoStarGradeToSet() {
        // the grade is an officer's (ProductGrades); a producer's draft must not be able to carry one
        assertTrue(
                Arrays.stream(ProductDraft.class.getRecordComponents())
                        .noneMatch(c -> c.getType() == Grading.class
                                || c.getName().toLowerCase().contains("star")),
                "a producer's draft carries no grade");
    }
}
