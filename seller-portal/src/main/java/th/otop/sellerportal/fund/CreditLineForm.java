package th.otop.sellerportal.fund;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * A credit line as the fund manager types it: the limit in baht ("50,000" or "50000.50") and the days an outlet has to
 * pay. Whether the limit is within the maximum is the credit lines' rule, which names the maximum.
 */
@Introspected
@Serdeable
record CreditLineForm(
        @Nullable
                @NotBlank(message = "{fund.line.limit.required}")
                @Pattern(regexp = CreditLineForm.BAHT, message = "{fund.line.limit.number}")
                String limit,
        @Nullable
                @NotBlank(message = "{fund.line.days.required}")
                @Pattern(regexp = "\\d{1,4}", message = "{fund.line.days.number}")
                String netDays) {
    /** Up to 15 digits of baht, thousands optionally separated by commas, and up to 2 of satang. */
    static final String BAHT = "\\d{1,3}(,?\\d{3}){0,4}(\\.\\d{1,2})?";

    long limitSatang() {
        return new BigDecimal(limit.replace(",", "")).movePointRight(2).longValueExact();
    }

    int days() {
        return Integer.parseInt(netDays);
    }
}
