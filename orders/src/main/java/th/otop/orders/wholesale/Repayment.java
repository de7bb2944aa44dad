package th.otop.orders.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Money an outlet paid back on one invoice, as the fund recorded it with the payment's reference. */
@Serdeable
public record Repayment(
        long id,
        String invoicePublicId,
        String invoiceNumber,
        long outletId,
        long amountSatang,
        String reference,
        Instant recordedAt) {}
