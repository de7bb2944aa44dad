package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One grade an officer recorded for a product; null stars stand for "not graded" (group D). */
@MappedEntity("product_grade")
record ProductGradeRow(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        @Nullable Integer stars,
        @Nullable Integer gradeYear,
        long officerAccount,
        @DateCreated @Nullable Instant recordedAt) {

    Grading grading() {
        return new Grading(stars, gradeYear);
    }
}
