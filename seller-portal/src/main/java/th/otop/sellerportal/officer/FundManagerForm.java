package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer's invitation of a fund manager: the person's email or mobile number, and their name for a new account. */
@Introspected
@Serdeable
record FundManagerForm(
        @Nullable
                @NotBlank(message = "{officer.fundManagers.login.required}")
                @Size(max = 200, message = "{officer.fundManagers.login.long}")
                String login,
        @Nullable @Size(max = 200, message = "{officer.fundManagers.name.long}") String displayName) {}
