package th.otop.storefront.search;

/** One value of a filter with how many results it has, whether it is on, and the link that turns it on or off. */
public record FacetOption(String label, long count, boolean selected, String url) {}
