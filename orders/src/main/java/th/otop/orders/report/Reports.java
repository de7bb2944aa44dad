package th.otop.orders.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.otop.catalog.community.ConfirmedLinks;
import th.otop.catalog.product.Category;
import th.otop.orders.complaint.ComplaintCategory;

@Singleton
public class Reports {
    private static final String SOLD =
            "o.status IN ('PAID', 'ACCEPTED', 'PACKED', 'SHIPPED', 'DELIVERED', 'COMPLETED')";
    /** Outlets' supplier orders count once paid or on credit (confirmed) and not cancelled. */
    private static final String OUTLET_SOLD = "o.status IN ('CONFIRMED', 'SHIPPED', 'RECEIVED')";

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final JdbcOperations jdbc;

    Reports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public SalesReport sales(ReportFilter filter) {
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<Integer, Long> byStars = new TreeMap<>();
        long[] totals = new long[3];
        String sql = "SELECT l.category, COALESCE(p.star_rating, 0) AS stars, "
                + ConfirmedLinks.sammachip("o.producer_id") + " AS sammachip, "
                + "SUM(l.line_satang), COUNT(DISTINCT o.id) "
                + "FROM orders o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id "
                + "JOIN producer pr ON pr.id = o.producer_id JOIN province pv ON pv.id = pr.province_id "
                + "WHERE " + SOLD + " AND " + where(filter) + " GROUP BY l.category, stars, sammachip";
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, filter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long satang = rs.getLong(4);
                    byCategory.merge(Category.valueOf(rs.getString(1)), satang, Long::sum);
                    byStars.merge(rs.getInt(2), satang, Long::sum);
                    totals[0] += satang;
                    if (rs.getBoolean(3)) {
                        totals[1] += satang;
                    }
                }
            }
            return null;
        });
        long orders = jdbc.prepareStatement(
                "SELECT COUNT(*) FROM orders o JOIN producer pr ON pr.id = o.producer_id JOIN province pv ON pv.id = pr.province_id "
                        + "WHERE " + SOLD + " AND " + where(filter),
                ps -> {
                    bind(ps, filter);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        long[] outlet = jdbc.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(o.items_satang), 0) FROM supplier_order o "
                        + "JOIN producer pr ON pr.id = o.producer_id JOIN province pv ON pv.id = pr.province_id WHERE "
                        + OUTLET_SOLD + " AND " + where(filter),
                ps -> {
                    bind(ps, filter);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });
        return new SalesReport(orders, totals[0], byCategory, byStars, totals[1], outlet[0], outlet[1]);
    }

    /** Impressions are counted per day for the whole marketplace, so region filters apply to sales only. */
    @Transactional
    public FairExposureReport fairExposure(ReportFilter filter) {
        Map<String, Long> impressions = jdbc.prepareStatement(
                "SELECT segment, SUM(impressions) FROM search_exposure WHERE day >= ? AND day < ? GROUP BY segment",
                ps -> {
                    ps.setObject(1, filter.from().atZone(BANGKOK).toLocalDate());
                    ps.setObject(2, filter.to().atZone(BANGKOK).toLocalDate().plusDays(1));
                    Map<String, Long> bySegment = new java.util.HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            bySegment.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                    return bySegment;
                });
        SalesReport sales = sales(filter);
        long all = impressions.getOrDefault("ALL", 0L);
        return new FairExposureReport(
                all,
                share(impressions.getOrDefault("GROUP_D", 0L), all),
                share(sales.groupDSatang(), sales.gmvSatang()),
                share(impressions.getOrDefault("SAMMACHIP", 0L), all),
                share(sales.sammachipSatang(), sales.gmvSatang()));
    }

    /** Complaints opened in the period; producer filters apply to complaints about a producer. */
    @Transactional
    public ComplaintReport complaints(ReportFilter filter) {
        Map<ComplaintCategory, Long> byCategory = new EnumMap<>(ComplaintCategory.class);
        List<double[]> rows = new ArrayList<>();
        String scope = filter.region() == null && filter.provinceId() == null
                ? "1 = 1"
                : "c.producer_id IN (SELECT pr.id FROM producer pr JOIN province pv ON pv.id = pr.province_id WHERE "
                        + placeFilter(filter) + ")";
        jdbc.prepareStatement(
                "SELECT c.category, TIMESTAMPDIFF(SECOND, c.created_at, c.first_replied_at), "
                        + "TIMESTAMPDIFF(SECOND, c.created_at, c.resolved_at), c.escalated, c.satisfaction "
                        + "FROM complaint c WHERE c.created_at >= ? AND c.created_at < ? AND " + scope,
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(filter.from()));
                    ps.setTimestamp(2, Timestamp.from(filter.to()));
                    bindPlace(ps, filter, 3);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byCategory.merge(ComplaintCategory.valueOf(rs.getString(1)), 1L, Long::sum);
                            rows.add(new double[] {
                                nullable(rs, 2), nullable(rs, 3), rs.getBoolean(4) ? 1 : 0, nullable(rs, 5)
                            });
                        }
                    }
                    return null;
                });
        return new ComplaintReport(
                rows.size(),
                byCategory,
                rows.stream().filter(r -> !Double.isNaN(r[1])).count(),
                average(rows, 0) / 3600,
                average(rows, 1) / 3600,
                rows.stream().filter(r -> r[2] == 1).count(),
                average(rows, 3));
    }

    private static String where(ReportFilter filter) {
        return "o.created_at >= ? AND o.created_at < ? AND " + placeFilter(filter);
    }

    private static String placeFilter(ReportFilter filter) {
        return (filter.region() == null ? "1 = 1" : "pv.region = ?") + " AND "
                + (filter.provinceId() == null ? "1 = 1" : "pr.province_id = ?");
    }

    private static void bind(PreparedStatement ps, ReportFilter filter) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(filter.from()));
        ps.setTimestamp(2, Timestamp.from(filter.to()));
        bindPlace(ps, filter, 3);
    }

    private static void bindPlace(PreparedStatement ps, ReportFilter filter, int first) throws SQLException {
        int i = first;
        if (filter.region() != null) {
            ps.setString(i++, filter.region().name());
        }
        if (filter.provinceId() != null) {
            ps.setInt(i, filter.provinceId());
        }
    }

    private static double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static double average(List<double[]> rows, int column) {
        return rows.stream()
                .mapToDouble(r -> r[column])
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(0);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
