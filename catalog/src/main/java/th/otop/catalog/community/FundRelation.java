package th.otop.catalog.community;

/** A producer is a member of a fund, or is financed by it. */
public enum FundRelation {
    MEMBER,
    FINANCED_BY
}
