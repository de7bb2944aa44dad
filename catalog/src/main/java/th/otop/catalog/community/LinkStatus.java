package th.otop.catalog.community;

/**
 * Where a link a producer declared stands. Only a confirmed link is public: product and shop pages, search facets,
 * the fund's contribution and officers' reports count nothing else.
 */
public enum LinkStatus {
    PENDING,
    CONFIRMED,
    REJECTED
}
