package th.otop.orders.ledger;

/** Where money sits. Positive entries are debits (money arriving, or a debt shrinking), negative ones credits. */
public enum Account {
    /** The platform's money at Stripe or in its bank. */
    PLATFORM_CASH,
    /** Money a producer took in person: a PromptPay transfer to them, or cash on delivery. */
    PRODUCER_CASH,
    /** What the platform owes a producer; negative balance (credits) means owed to them. */
    PRODUCER_PAYABLE,
    /** The platform's fee income. */
    PLATFORM_FEE,
    /** What is owed to community funds from the sales of producers they back; negative balance means owed to them. */
    FUND_PAYABLE,
    /** What Sukjai Shop outlets owe on net terms (their credit used); positive balance means owed by them. */
    OUTLET_RECEIVABLE
}
