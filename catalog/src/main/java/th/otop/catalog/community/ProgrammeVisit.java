package th.otop.catalog.community;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An officer's follow-up visit to a programme's village, with what they found. */
@Serdeable
public record ProgrammeVisit(long id, LocalDate visitedOn, String note, long officerAccount) {

    static ProgrammeVisit of(ProgrammeVisitRow row) {
        return new ProgrammeVisit(row.id(), row.visitedOn(), row.note(), row.officerAccount());
    }
}
