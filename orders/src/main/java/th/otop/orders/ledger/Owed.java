package th.otop.orders.ledger;

import th.otop.catalog.producer.ProducerId;

/** A producer the platform owes money to: card payments collected for them, less fees, refunds and payouts. */
public record Owed(ProducerId producer, long balanceSatang) {}
