package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A household a programme trained, as an officer registered it. */
@Serdeable
@MappedEntity("programme_household")
public record ProgrammeHousehold(
        @Id @GeneratedValue @Nullable Long id,
        long programmeId,
        String headName,
        HouseholdStanding standing,
        @Nullable String occupation,
        long officerAccount,
        @DateCreated @Nullable Instant createdAt) {}
