package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** An occupational group the programme formed, with how many households it has. */
@Introspected
@Serdeable
record GroupForm(
        @Nullable @NotBlank(message = "{officer.programmes.group.name.required}") String groupNameTh,
        @Nullable String groupNameEn,
        @Nullable @Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{officer.programmes.group.households.number}")
                String groupHouseholds) {

    int households() {
        return groupHouseholds == null || groupHouseholds.isBlank() ? 0 : Integer.parseInt(groupHouseholds.strip());
    }
}
