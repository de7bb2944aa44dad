package th.otop.orders.ledger;

import io.micronaut.serde.annotation.Serdeable;

/** The part of a sale credited to a community fund. */
@Serdeable
public record FundShare(long fundId, long satang) {}
