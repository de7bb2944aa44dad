package th.otop.orders.ledger;

import java.time.Instant;
import java.util.List;
import th.otop.catalog.producer.ProducerId;

/** Payouts recorded together by one finance officer. */
public record PayoutBatch(long id, long officerAccount, Instant recordedAt, List<Paid> payouts) {

    public PayoutBatch {
        payouts = List.copyOf(payouts);
    }

    public long totalSatang() {
        return payouts.stream().mapToLong(Paid::amountSatang).sum();
    }

    public record Paid(long id, ProducerId producer, long amountSatang, String bankReference) {}
}
