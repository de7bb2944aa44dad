package th.otop.catalog.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;

class GradingTest {
    @Test
    void oneToFiveStarsWithAYearOrGroupDAreValid() {
        assertTrue(Grading.of(4, 2024).check(new Checks()).errors().isEmpty());
        assertTrue(Grading.GROUP_D.check(new Checks()).errors().isEmpty());
    }

    @Test
    void sixStarsAreRefusedInThaiAndEnglish() {
        List<FieldError> errors = Grading.of(6, 2024).check(new Checks()).errors();
        assertEquals(List.of("stars"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).messageTh().contains("1 ถึง 5"), errors.get(0).messageTh());
        assertTrue(errors.get(0).messageEn().contains("1 to 5"), errors.get(0).messageEn());
    }

    @Test
    void aGradeNeedsAPlausibleYear() {
        List<FieldError> errors = Grading.of(3, 1990).check(new Checks()).errors();
        assertEquals(List.of("starYear"), errors.stream().map(FieldError::field).toList());
    }
}
