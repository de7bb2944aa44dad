package th.otop.catalog.community;

/** Where a fund stands in the registry: in it, proposed by a producer and waiting for an officer, or merged away. */
public enum FundStatus {
    APPROVED,
    PROPOSED,
    MERGED
}
