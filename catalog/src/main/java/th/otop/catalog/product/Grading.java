package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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

    /** 0 stands for group D wherever a number is needed (facets, the index). */
    public int starsOrZero() {
        return stars == null ? 0 : stars;
    }
}
