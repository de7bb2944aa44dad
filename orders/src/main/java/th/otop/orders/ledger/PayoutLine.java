package th.otop.orders.ledger;

import th.otop.catalog.producer.ProducerId;

/** One transfer a finance officer made to a producer, with the PromptPay or bank reference of the transfer. */
public record PayoutLine(ProducerId producer, long amountSatang, String bankReference) {}
