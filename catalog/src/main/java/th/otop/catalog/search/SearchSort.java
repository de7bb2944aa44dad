package th.otop.catalog.search;

public enum SearchSort {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST
}
