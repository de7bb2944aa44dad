package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Year;
import th.otop.catalog.validation.Checks;

/**
 * The OTOP Product Champion grade: 1 to 5 stars with the year of grading, or not graded ("group D",
 * 83 % of OTOP products).
 */
@Serdeable
public record Grading(@Nullable Integer stars, @Nullable Integer year) {
    public static final Grading GROUP_D = new Grading(null, null);

    public static Grading of(int stars, int year) {
        return new Grading(stars, year);
    }

    public boolean isGroupD() {
        return stars == null;
    }

    /** Adds this grade's rules to {@code checks}: 1 to 5 stars with a year from 2002 (OTOP grading began) to now. */
    public Checks check(Checks checks) {
        int thisYear = Year.now().getValue();
        return checks.require(
                        isGroupD() || (stars >= 1 && stars <= 5),
                        "stars",
                        "ระดับดาว OTOP ต้องเป็น 1 ถึง 5 ดาว หรือ \"ยังไม่ได้รับการคัดสรร\"",
                        "The OTOP star rating must be 1 to 5 stars, or \"not graded\"")
                .require(
                        isGroupD() || (year != null && year >= 2002 && year <= thisYear),
                        "starYear",
                        "ปีที่ได้รับการคัดสรรต้องอยู่ระหว่าง พ.ศ. 2545 ถึงปีปัจจุบัน",
                        "The grading year must be between 2002 and this year");
    }

    /** 0 stands for group D wherever a number is needed (facets, the index). */
    public int starsOrZero() {
        return stars == null ? 0 : stars;
    }
}
