package th.otop.sellerportal.fund;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Money an outlet paid back on an invoice, in baht, with the transfer's or receipt's reference. */
@Introspected
@Serdeable
record RepaymentForm(
        @Nullable
                @NotBlank(message = "{fund.repay.amount.required}")
                @Pattern(regexp = CreditLineForm.BAHT, message = "{fund.repay.amount.number}")
                String amount,
        @Nullable
                @NotBlank(message = "{fund.repay.reference.required}")
                @Size(max = 100, message = "{fund.repay.reference.long}")
                String reference) {

    long amountSatang() {
        return new BigDecimal(amount.replace(",", "")).movePointRight(2).longValueExact();
    }
}
