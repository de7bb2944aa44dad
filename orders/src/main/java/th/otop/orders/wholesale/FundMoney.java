package th.otop.orders.wholesale;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The money circulated through one community fund on the marketplace: the share of sales credited to it, the credit
 * lines it extends to outlets, what outlets drew on them, repaid and still owe. {@code circulatedSatang} is contributions
 * plus credit drawn: money that moved through the fund.
 */
@Serdeable
public record FundMoney(
        long fundId,
        long contributedSatang,
        int creditLines,
        long creditLimitSatang,
        long creditDrawnSatang,
        long creditRepaidSatang,
        long creditOutstandingSatang) {

    public long circulatedSatang() {
        return contributedSatang + creditDrawnSatang;
    }
}
