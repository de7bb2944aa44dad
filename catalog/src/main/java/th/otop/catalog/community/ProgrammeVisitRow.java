package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the visits. */
@MappedEntity("programme_visit")
record ProgrammeVisitRow(
        @Id @GeneratedValue @Nullable Long id,
        long programmeId,
        LocalDate visitedOn,
        String note,
        long officerAccount,
        @DateCreated @Nullable Instant createdAt) {}
