package th.otop.sellerportal.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.order.OrderStatus;
import th.otop.sellerportal.web.Formats;

/**
 * A producer's sales, summed in SQL over the order tables ({@code orders}, {@code order_line}, {@code checkout}).
 *
 * <p>A sale is an order the buyer paid, or a cash-on-delivery order the producer accepted: the statuses in
 * {@link #SOLD}. Its amount is what the buyer paid less what was refunded. Days are Bangkok days.
 */
@Singleton
class SalesFigures {
    static final String SOLD = "('PAID','ACCEPTED','PACKED','SHIPPED','DELIVERED','COMPLETED','REFUNDED')";
    private static final String SOLD_BY = "o.producer_id=? AND o.status IN " + SOLD;

    record Bucket(LocalDate start, long satang, int orders) {}

    record ProductSales(long productId, String titleTh, @Nullable String titleEn, long units, long satang) {}

    record ProvinceSales(int provinceId, String nameTh, String nameEn, long orders, long satang) {}

    /** Consumer orders and, where the wholesale tables exist, Sukjai Shop outlets' supplier orders. */
    record ChannelShare(long consumerSatang, Optional<Long> outletSatang) {
        long totalSatang() {
            return consumerSatang + outletSatang.orElse(0L);
        }
    }

    record SaleLine(
            Instant at,
            String orderPublicId,
            OrderStatus status,
            String paymentMethod,
            String titleTh,
            int quantity,
            long unitPriceSatang,
            long lineSatang,
            String provinceTh,
            String carrier,
            String trackingNumber) {}

    private final JdbcOperations jdbc;

    SalesFigures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every bucket of the period up to today, empty ones as zero, oldest first. */
    @Transactional
    List<Bucket> over(ProducerId producer, Period period, LocalDate today) {
        LocalDate first = period.first(today);
        Instant from = first.atStartOfDay(Formats.BANGKOK).toInstant();
        Map<LocalDate, Bucket> found = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT DATE_FORMAT(" + period.sqlStart + ", '%Y-%m-%d') AS bucket, "
                        + "SUM(o.total_satang - o.refunded_satang), COUNT(*) FROM orders o "
                        + "WHERE " + SOLD_BY + " AND o.created_at >= ? GROUP BY bucket",
                ps -> {
                    ps.setLong(1, producer.value());
                    ps.setTimestamp(2, Timestamp.from(from));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            LocalDate start = LocalDate.parse(rs.getString(1));
                            found.put(start, new Bucket(start, rs.getLong(2), rs.getInt(3)));
                        }
                    }
                    return null;
                });
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < period.buckets; i++) {
            LocalDate start = period.next(first, i);
            buckets.add(found.getOrDefault(start, new Bucket(start, 0, 0)));
        }
        return buckets;
    }

    /** The best sellers by money, over all time. */
    @Transactional
    List<ProductSales> topProducts(ProducerId producer, int limit) {
        return jdbc.prepareStatement(
                "SELECT l.product_id, MAX(l.title_th), MAX(l.title_en), SUM(l.quantity), SUM(l.line_satang) "
                        + "FROM order_line l JOIN orders o ON o.id = l.order_id WHERE " + SOLD_BY
                        + " GROUP BY l.product_id ORDER BY SUM(l.line_satang) DESC, l.product_id LIMIT " + limit,
                ps -> {
                    ps.setLong(1, producer.value());
                    List<ProductSales> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new ProductSales(
                                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                        }
                    }
                    return rows;
                });
    }

    /** How many orders are in each state now, every state listed. */
    @Transactional
    Map<OrderStatus, Long> byStatus(ProducerId producer) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.prepareStatement("SELECT status, COUNT(*) FROM orders WHERE producer_id=? GROUP BY status", ps -> {
            ps.setLong(1, producer.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return null;
        });
        return counts;
    }

    /** Where the buyers are: the provinces orders were shipped to, by money. */
    @Transactional
    List<ProvinceSales> byProvince(ProducerId producer, int limit) {
        return jdbc.prepareStatement(
                "SELECT p.id, p.name_th, p.name_en, COUNT(*), SUM(o.total_satang - o.refunded_satang) "
                        + "FROM orders o JOIN checkout c ON c.id = o.checkout_id "
                        + "JOIN province p ON p.id = c.ship_province_id WHERE " + SOLD_BY
                        + " GROUP BY p.id, p.name_th, p.name_en "
                        + "ORDER BY SUM(o.total_satang - o.refunded_satang) DESC, p.id LIMIT " + limit,
                ps -> {
                    ps.setLong(1, producer.value());
                    List<ProvinceSales> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new ProvinceSales(
                                    rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                        }
                    }
                    return rows;
                });
    }

    /**
     * Consumer against outlet sales. Outlet orders live in the wholesale tables ({@code supplier_order}); where they do
     * not exist yet the outlet share is empty, and the page says so.
     */
    @Transactional
    ChannelShare channels(ProducerId producer) {
        long consumer = sum(
                "SELECT COALESCE(SUM(o.total_satang - o.refunded_satang), 0) FROM orders o WHERE " + SOLD_BY, producer);
        if (!tableExists("supplier_order")) {
            return new ChannelShare(consumer, Optional.empty());
        }
        long outlet = sum(
                "SELECT COALESCE(SUM(items_satang), 0) FROM supplier_order WHERE producer_id=? "
                        + "AND status IN ('CONFIRMED','SHIPPED','RECEIVED')",
                producer);
        return new ChannelShare(consumer, Optional.of(outlet));
    }

    /** Every sold line, newest first, for the CSV export. */
    @Transactional
    List<SaleLine> lines(ProducerId producer) {
        return jdbc.prepareStatement(
                "SELECT o.created_at, o.public_id, o.status, o.payment_method, l.title_th, l.quantity, "
                        + "l.unit_price_satang, l.line_satang, p.name_th, o.carrier, o.tracking_number "
                        + "FROM orders o JOIN order_line l ON l.order_id = o.id "
                        + "JOIN checkout c ON c.id = o.checkout_id JOIN province p ON p.id = c.ship_province_id "
                        + "WHERE " + SOLD_BY + " ORDER BY o.id DESC, l.id",
                ps -> {
                    ps.setLong(1, producer.value());
                    List<SaleLine> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new SaleLine(
                                    rs.getTimestamp(1).toInstant(),
                                    rs.getString(2),
                                    OrderStatus.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getInt(6),
                                    rs.getLong(7),
                                    rs.getLong(8),
                                    rs.getString(9),
                                    rs.getString(10),
                                    rs.getString(11)));
                        }
                    }
                    return rows;
                });
    }

    private long sum(String sql, ProducerId producer) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, producer.value());
            return single(ps);
        });
    }

    private boolean tableExists(String table) {
        return jdbc.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
                        ps -> {
                            ps.setString(1, table);
                            return single(ps);
                        })
                > 0;
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
