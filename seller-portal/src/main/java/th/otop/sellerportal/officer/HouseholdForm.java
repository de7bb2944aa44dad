package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import th.otop.catalog.community.HouseholdStanding;

/** A household trained by the programme: its head, its basic-needs standing and the occupation it took up. */
@Introspected
@Serdeable
record HouseholdForm(@Nullable String headName, @Nullable String standing, @Nullable String occupation) {

    /** The standing chosen, or null when none (the library then says so). */
    @Nullable
    HouseholdStanding chosenStanding() {
        return Arrays.stream(HouseholdStanding.values())
                .filter(s -> s.name().equals(standing))
                .findFirst()
                .orElse(null);
    }
}
