package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A household a programme trained, as an officer registered it. */
@Serdeable
public record ProgrammeHousehold(long id, String headName, HouseholdStanding standing, @Nullable String occupation) {

    static ProgrammeHousehold of(ProgrammeHouseholdRow row) {
        return new ProgrammeHousehold(row.id(), row.headName(), row.standing(), row.occupation());
    }
}
