package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An outlet's credit line now: the limit its fund extends, what is used (unpaid invoices), what is left, and whether the
 * fund closed it (a closed line keeps its unpaid invoices but takes no new order).
 */
@Serdeable
public record CreditStatus(
        long outletId,
        @Nullable Long fundId,
        long limitSatang,
        long usedSatang,
        int netDays,
        int overdueInvoices,
        long overdueSatang,
        boolean closed) {

    public static CreditStatus none(long outletId) {
        return new CreditStatus(outletId, null, 0, 0, 0, 0, 0, false);
    }

    public long availableSatang() {
        return Math.max(0, limitSatang - usedSatang);
    }

    public boolean exists() {
        return fundId != null;
    }

    /** Whether the outlet may order on net terms at all: only a credit line with days to pay offers credit. */
    public boolean offersCredit() {
        return exists() && !closed && netDays > 0;
    }
}
