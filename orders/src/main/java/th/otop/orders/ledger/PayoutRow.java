package th.otop.orders.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One transfer to a producer; its ledger entries carry its id. */
@MappedEntity("payout")
record PayoutRow(
        @Id @GeneratedValue @Nullable Long id,
        long producerId,
        long amountSatang,
        String bankReference,
        @Nullable Long batchId,
        @DateCreated @Nullable Instant createdAt) {}
