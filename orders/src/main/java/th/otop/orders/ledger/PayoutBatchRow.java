package th.otop.orders.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The payouts a finance officer recorded together. */
@MappedEntity("payout_batch")
record PayoutBatchRow(
        @Id @GeneratedValue @Nullable Long id, long officerAccount, @DateCreated @Nullable Instant createdAt) {}
