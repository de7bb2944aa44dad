package th.otop.catalog.account;

/** Within a producer's team: only owners may change payout details or the team. */
public enum ProducerRole {
    OWNER,
    STAFF
}
