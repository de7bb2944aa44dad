package th.otop.catalog.account;

public enum Role {
    CONSUMER,
    PRODUCER,
    OUTLET,
    OFFICER,
    ADMIN
}
