package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** A follow-up visit: the day (the date picker's yyyy-mm-dd) and what the officer found. */
@Introspected
@Serdeable
record VisitForm(
        @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{officer.programmes.visit.date}")
                String visitedOn,
        @Nullable String note) {

    @Nullable
    LocalDate day() {
        try {
            return visitedOn == null || visitedOn.isBlank() ? null : LocalDate.parse(visitedOn);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
