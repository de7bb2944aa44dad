package th.otop.catalog.community;

/**
 * The SQL conditions every query of the catalog and orders uses to say a producer is sammachip- or fund-linked, so all
 * of them count officer-confirmed links only and never a declared or rejected one.
 */
public final class ConfirmedLinks {
    private ConfirmedLinks() {}

    /** True when the producer whose id is in {@code producerColumn} is in a confirmed group of a sammachip programme. */
    public static String sammachip(String producerColumn) {
        return "EXISTS (SELECT 1 FROM producer_group pg JOIN occupational_group g ON g.id = pg.group_id "
                + "WHERE pg.producer_id = " + producerColumn
                + " AND pg.confirmed = TRUE AND g.programme_id IS NOT NULL)";
    }

    /** True when the producer whose id is in {@code producerColumn} has a confirmed link to a community fund. */
    public static String fund(String producerColumn) {
        return "EXISTS (SELECT 1 FROM producer_fund pf WHERE pf.producer_id = " + producerColumn
                + " AND pf.confirmed = TRUE)";
    }
}
