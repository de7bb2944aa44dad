package th.otop.orders.ledger;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import th.otop.catalog.producer.ProducerId;

/**
 * A producer's money, all derived from the ledger. {@code balanceSatang = salesSatang - refundsSatang - feesSatang -
 * fundSharesSatang - collectedDirectlySatang - paidOutSatang}: what the platform still owes them (negative: fees they owe).
 */
@Serdeable
public record PayoutReport(
        ProducerId producer,
        long salesSatang,
        long refundsSatang,
        long feesSatang,
        long fundSharesSatang,
        long collectedDirectlySatang,
        long paidOutSatang,
        long balanceSatang,
        List<Payout> payouts) {

    @Serdeable
    public record Payout(long id, long amountSatang, String bankReference, Instant paidAt) {}
}
