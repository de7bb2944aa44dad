package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A producer (by the code on its shop page) an officer links to one of the programme's groups. */
@Introspected
@Serdeable
record ProgrammeLinkForm(
        @Nullable
                @NotBlank(message = "{officer.programmes.link.group}")
                @Pattern(regexp = "(\\d{1,18})?", message = "{officer.programmes.link.group}")
                String group,
        @Nullable String producer) {}
