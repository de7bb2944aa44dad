package th.otop.orders.ledger;

/** Why a group of entries was written; the entries of one posting sum to zero. */
public enum Posting {
    PAYMENT,
    /** A producer paid directly keeps the money: it counts as paid out to them at once. */
    DIRECT_SETTLEMENT,
    REFUND,
    PAYOUT,
    /** A fund-linked producer's share of a sale credited to the fund (negative amounts when refunded). */
    FUND_CONTRIBUTION,
    /** An outlet paid back credit used on net terms. */
    CREDIT_REPAYMENT
}
