package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An outlet's credit line now: the limit its fund extends, what is used (unpaid invoices), what is left. */
@Serdeable
public record CreditStatus(
        long outletId,
        @Nullable Long fundId,
        long limitSatang,
        long usedSatang,
        int netDays,
        int overdueInvoices,
        long overdueSatang) {

    public static CreditStatus none(long outletId) {
        return new CreditStatus(outletId, null, 0, 0, 0, 0, 0);
    }

    public long availableSatang() {
        return Math.max(0, limitSatang - usedSatang);
    }

    public boolean exists() {
        return fundId != null;
    }

    /** Whether the outlet may order on net terms at all: only a credit line with days to pay offers credit. */
    public boolean offersCredit() {
        return exists() && netDays > 0;
    }
}
