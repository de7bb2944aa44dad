package th.otop.catalog.wholesale;

import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Category;

/** One page of the wholesale catalogue with the counts of the whole result set. */
public record WholesaleResults(List<WholesaleListing> listings, long total, int page, Facets facets) {

    public boolean hasMorePages() {
        return (long) (page + 1) * WholesaleQuery.PAGE_SIZE < total;
    }

    /** How many of the results are in each category, from the outlet's province and region, linked, on net terms. */
    public record Facets(
            Map<Category, Long> categories,
            long fromMyProvince,
            long fromMyRegion,
            long sammachipLinked,
            long fundLinked,
            long acceptsNetTerms) {}
}
