package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** An officer's follow-up visit to a programme's village, with what they found. */
@Serdeable
@MappedEntity("programme_visit")
public record ProgrammeVisit(
        @Id @GeneratedValue @Nullable Long id,
        long programmeId,
        LocalDate visitedOn,
        String note,
        long officerAccount,
        @DateCreated @Nullable Instant createdAt) {}
