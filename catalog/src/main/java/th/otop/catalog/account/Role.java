package th.otop.catalog.account;

public enum Role {
    CONSUMER,
    PRODUCER,
    OUTLET,
    OFFICER,
    /** Runs a community fund: its members, contributions and the credit it extends to outlets. */
    FUND_MANAGER,
    ADMIN
}
