package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the household register. */
@MappedEntity("programme_household")
record ProgrammeHouseholdRow(
        @Id @GeneratedValue @Nullable Long id,
        long programmeId,
        String headName,
        HouseholdStanding standing,
        @Nullable String occupation,
        long officerAccount,
        @DateCreated @Nullable Instant createdAt) {}
