package th.otop.orders.wholesale;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.community.ConfirmedLinks;
import th.otop.catalog.outlet.OutletMember;

/**
 * What an outlet bought on confirmed purchase orders, for its dashboard: by producer, by the producers' province and by
 * category, and how much came from sammachip-linked producers and from ungraded (group D) products.
 */
@Singleton
public class OutletPurchases {
    private static final String LINES =
            "FROM supplier_order_line l JOIN supplier_order so ON so.id = l.supplier_order_id "
                    + "JOIN purchase_order po ON po.id = so.purchase_order_id JOIN producer pr ON pr.id = so.producer_id "
                    + "JOIN province pv ON pv.id = pr.province_id LEFT JOIN product p ON p.id = l.product_id "
                    + "WHERE po.outlet_id = ? AND po.status = 'CONFIRMED' ";

    private final JdbcOperations jdbc;

    OutletPurchases(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One bar: a producer, a province or a category (its enum name in {@code key}), with the satang bought. */
    @Serdeable
    public record Slice(String key, String labelTh, String labelEn, long satang) {}

    @Serdeable
    public record Figures(
            long totalSatang,
            long sammachipSatang,
            long ungradedSatang,
            List<Slice> byProducer,
            List<Slice> byProvince,
            List<Slice> byCategory) {}

    @Transactional
    public Figures of(OutletMember member) {
        long outlet = member.outletId();
        long[] totals = jdbc.prepareStatement(
                "SELECT COALESCE(SUM(l.line_satang), 0), "
                        + "COALESCE(SUM(CASE WHEN " + ConfirmedLinks.sammachip("pr.id") + " "
                        + "THEN l.line_satang ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN p.star_rating IS NULL THEN l.line_satang ELSE 0 END), 0) " + LINES,
                ps -> {
                    ps.setLong(1, outlet);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                    }
                });
        return new Figures(
                totals[0],
                totals[1],
                totals[2],
                slices("pr.public_id", "pr.name_th", "COALESCE(pr.name_en, pr.name_th)", outlet),
                slices("pv.id", "pv.name_th", "pv.name_en", outlet),
                slices("l.category", "l.category", "l.category", outlet));
    }

    private List<Slice> slices(String key, String th, String en, long outlet) {
        return jdbc.prepareStatement(
                "SELECT " + key + ", MIN(" + th + "), MIN(" + en + "), SUM(l.line_satang) AS satang " + LINES
                        + "GROUP BY " + key + " ORDER BY satang DESC, 1 LIMIT 12",
                ps -> {
                    ps.setLong(1, outlet);
                    List<Slice> slices = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            slices.add(new Slice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                        }
                    }
                    return slices;
                });
    }
}
