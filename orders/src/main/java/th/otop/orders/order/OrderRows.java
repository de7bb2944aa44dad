package th.otop.orders.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.orders.notification.Notifications;
import th.otop.orders.payment.PaymentMethod;

/** The SQL of orders, their lines and their history. */
@Singleton
class OrderRows {
    private static final String COLUMNS =
            "o.id, o.public_id, o.checkout_id, o.producer_id, o.status, o.payment_method, "
                    + "o.items_satang, o.shipping_satang, o.total_satang, o.fee_satang, o.refunded_satang, o.paid_at, "
                    + "o.expires_at, o.carrier, o.tracking_number, o.cancel_reason, o.created_at, o.part_no, o.parts, "
                    + "(SELECT n.public_id FROM checkout n WHERE n.id=o.checkout_id) AS checkout_number";
    private static final String ADDRESS =
            "c.ship_name, c.ship_phone, c.ship_line, c.ship_subdistrict, c.ship_district, "
                    + "c.ship_province_id, c.ship_postcode";

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final JdbcOperations jdbc;

    OrderRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewOrder order, String publicId, long feeSatang) {
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO orders (public_id, checkout_id, part_no, parts, producer_id, status, payment_method, "
                        + "items_satang, shipping_satang, total_satang, fee_satang, expires_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?, TIMESTAMPADD(MICROSECOND, ?, CURRENT_TIMESTAMP(3)))",
                ps -> {
                    ps.setString(1, publicId);
                    ps.setLong(2, order.checkoutId());
                    ps.setInt(3, order.part());
                    ps.setInt(4, order.parts());
                    ps.setLong(5, order.producer().value());
                    ps.setString(6, OrderStatus.PENDING_PAYMENT.name());
                    ps.setString(7, order.method().name());
                    ps.setLong(8, order.itemsSatang());
                    ps.setLong(9, order.shippingSatang());
                    ps.setLong(10, order.itemsSatang() + order.shippingSatang());
                    ps.setLong(11, feeSatang);
                    ps.setObject(
                            12,
                            order.payWithin() == null ? null : order.payWithin().toNanos() / 1000);
                });
        jdbc.prepareStatement(
                "INSERT INTO order_line (order_id, product_id, variant_id, title_th, title_en, variant_name_th, "
                        + "variant_name_en, category, unit_price_satang, quantity, line_satang, weight_grams) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    for (OrderLine line : order.lines()) {
                        ps.setLong(1, id);
                        ps.setLong(2, line.productId().value());
                        ps.setObject(3, line.variantId());
                        ps.setString(4, line.titleTh());
                        ps.setString(5, line.titleEn());
                        ps.setString(6, line.variantNameTh());
                        ps.setString(7, line.variantNameEn());
                        ps.setString(8, line.category().name());
                        ps.setLong(9, line.unitPriceSatang());
                        ps.setInt(10, line.quantity());
                        ps.setLong(11, line.lineSatang());
                        ps.setInt(12, line.weightGrams());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        return id;
    }

    /**
     * The order with its row locked until the transaction ends. A locking read always sees the latest committed row,
     * which a plain read in a REPEATABLE READ transaction might not.
     */
    Optional<Order> lock(OrderId id) {
        Optional<Order> bare = many(
                        "SELECT " + COLUMNS + " FROM orders o WHERE o.id=? FOR UPDATE",
                        false,
                        ps -> ps.setLong(1, id.value()))
                .stream()
                .findFirst();
        // the address is never changed after checkout, so a plain read of it is as good as a locking one
        return bare.map(o -> withAddress(o, address(o.checkoutId())));
    }

    /** All orders of a checkout, locked in id order like every other path that locks several. */
    List<Order> lockOfCheckout(long checkoutId) {
        List<Order> bare = many(
                "SELECT " + COLUMNS + " FROM orders o WHERE o.checkout_id=? ORDER BY o.id FOR UPDATE",
                false,
                ps -> ps.setLong(1, checkoutId));
        if (bare.isEmpty()) {
            return bare;
        }
        ShippingAddress address = address(checkoutId);
        return bare.stream().map(o -> withAddress(o, address)).toList();
    }

    Optional<Order> find(OrderId id) {
        return many(joined("o.id=?"), true, ps -> ps.setLong(1, id.value())).stream()
                .findFirst();
    }

    Optional<Order> findByPublicId(String publicId) {
        return many(joined("o.public_id=?"), true, ps -> ps.setString(1, publicId)).stream()
                .findFirst();
    }

    List<Order> ofProducer(ProducerId producer, OrderStatus status, int limit) {
        return many(
                joined("o.producer_id=?" + (status == null ? "" : " AND o.status=?") + " ORDER BY o.id DESC LIMIT "
                        + limit),
                true,
                ps -> {
                    ps.setLong(1, producer.value());
                    if (status != null) {
                        ps.setString(2, status.name());
                    }
                });
    }

    List<Order> ofCheckout(long checkoutId) {
        return many(joined("o.checkout_id=? ORDER BY o.id"), true, ps -> ps.setLong(1, checkoutId));
    }

    String buyerKey(long checkoutId) {
        return checkoutColumn(checkoutId, "buyer_key");
    }

    /**
     * Where the buyer hears of the order: the email given at checkout, else the phone it ships to, queued for a text
     * message ({@link Notifications#sms}).
     */
    String buyerContact(long checkoutId) {
        String email = checkoutColumn(checkoutId, "buyer_email");
        return email != null ? email : Notifications.sms(checkoutColumn(checkoutId, "ship_phone"));
    }

    String paymentReference(long checkoutId) {
        return checkoutColumn(checkoutId, "stripe_payment_intent");
    }

    void update(OrderId id, OrderStatus to, boolean paidNow, Details details, long refundSatang) {
        jdbc.prepareStatement(
                "UPDATE orders SET status=?, paid_at=IF(?, CURRENT_TIMESTAMP(3), paid_at), "
                        + "carrier=COALESCE(?, carrier), tracking_number=COALESCE(?, tracking_number), "
                        + "cancel_reason=COALESCE(?, cancel_reason), refunded_satang=refunded_satang+?, "
                        + "updated_at=CURRENT_TIMESTAMP(3) WHERE id=?",
                ps -> {
                    ps.setString(1, to.name());
                    ps.setBoolean(2, paidNow);
                    ps.setString(
                            3,
                            details.carrier() == null ? null : details.carrier().name());
                    ps.setString(4, details.trackingNumber());
                    ps.setString(5, to == OrderStatus.CANCELLED ? details.note() : null);
                    ps.setLong(6, refundSatang);
                    ps.setLong(7, id.value());
                    return ps.executeUpdate();
                });
    }

    /** Adds refunded units to the order's lines, given one count per line in line order. */
    void markRefunded(OrderId id, List<Integer> quantities) {
        List<Long> lineIds = jdbc.prepareStatement("SELECT id FROM order_line WHERE order_id=? ORDER BY id", ps -> {
            ps.setLong(1, id.value());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        jdbc.prepareStatement("UPDATE order_line SET refunded_quantity=refunded_quantity+? WHERE id=?", ps -> {
            for (int i = 0; i < lineIds.size(); i++) {
                ps.setInt(1, quantities.get(i));
                ps.setLong(2, lineIds.get(i));
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    void recordEvent(OrderId id, String action, OrderStatus from, OrderStatus to, Actor actor, String note) {
        jdbc.prepareStatement(
                "INSERT INTO order_event (order_id, action, from_status, to_status, actor, note) VALUES (?,?,?,?,?,?)",
                ps -> {
                    ps.setLong(1, id.value());
                    ps.setString(2, action);
                    ps.setString(3, from == null ? null : from.name());
                    ps.setString(4, to.name());
                    ps.setString(5, actor.name());
                    ps.setString(6, note);
                    return ps.executeUpdate();
                });
    }

    List<OrderEvent> history(OrderId id) {
        return jdbc.prepareStatement(
                "SELECT action, from_status, to_status, actor, note, created_at FROM order_event WHERE order_id=? "
                        + "ORDER BY id",
                ps -> {
                    ps.setLong(1, id.value());
                    List<OrderEvent> events = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String from = rs.getString(2);
                            events.add(new OrderEvent(
                                    rs.getString(1),
                                    from == null ? null : OrderStatus.valueOf(from),
                                    OrderStatus.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getTimestamp(6).toInstant()));
                        }
                    }
                    return events;
                });
    }

    private static String joined(String where) {
        return "SELECT " + COLUMNS + ", " + ADDRESS + " FROM orders o JOIN checkout c ON c.id=o.checkout_id WHERE "
                + where;
    }

    private String checkoutColumn(long checkoutId, String column) {
        return jdbc.prepareStatement("SELECT " + column + " FROM checkout WHERE id=?", ps -> {
            ps.setLong(1, checkoutId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private ShippingAddress address(long checkoutId) {
        return jdbc.prepareStatement("SELECT " + ADDRESS + " FROM checkout c WHERE c.id=?", ps -> {
            ps.setLong(1, checkoutId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return readAddress(rs);
            }
        });
    }

    private List<Order> many(String sql, boolean withAddress, Binder binder) {
        List<Order> orders = jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            List<Order> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs, withAddress ? readAddress(rs) : null));
                }
            }
            return rows;
        });
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<OrderLine>> lines = linesOf(orders);
        return orders.stream()
                .map(o -> withLines(o, lines.getOrDefault(o.id().value(), List.of())))
                .toList();
    }

    private Map<Long, List<OrderLine>> linesOf(List<Order> orders) {
        String marks = String.join(",", Collections.nCopies(orders.size(), "?"));
        return jdbc.prepareStatement(
                "SELECT order_id, product_id, variant_id, title_th, title_en, variant_name_th, variant_name_en, "
                        + "category, unit_price_satang, quantity, weight_grams, refunded_quantity FROM order_line WHERE order_id IN ("
                        + marks + ") ORDER BY id",
                ps -> {
                    for (int i = 0; i < orders.size(); i++) {
                        ps.setLong(i + 1, orders.get(i).id().value());
                    }
                    Map<Long, List<OrderLine>> byOrder = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byOrder.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new OrderLine(
                                            new ProductId(rs.getLong(2)),
                                            rs.getObject(3, Long.class),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getString(7),
                                            Category.valueOf(rs.getString(8)),
                                            rs.getLong(9),
                                            rs.getInt(10),
                                            rs.getInt(11),
                                            rs.getInt(12)));
                        }
                    }
                    return byOrder;
                });
    }

    private static ShippingAddress readAddress(ResultSet rs) throws SQLException {
        return new ShippingAddress(
                rs.getString("ship_name"),
                rs.getString("ship_phone"),
                rs.getString("ship_line"),
                rs.getString("ship_subdistrict"),
                rs.getString("ship_district"),
                rs.getInt("ship_province_id"),
                rs.getString("ship_postcode"));
    }

    private static Order read(ResultSet rs, ShippingAddress address) throws SQLException {
        String carrier = rs.getString("carrier");
        return new Order(
                new OrderId(rs.getLong("id")),
                rs.getString("public_id"),
                new OrderNumber(rs.getString("checkout_number"), rs.getInt("part_no"), rs.getInt("parts")),
                rs.getLong("checkout_id"),
                new ProducerId(rs.getLong("producer_id")),
                OrderStatus.valueOf(rs.getString("status")),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                rs.getLong("items_satang"),
                rs.getLong("shipping_satang"),
                rs.getLong("total_satang"),
                rs.getLong("fee_satang"),
                rs.getLong("refunded_satang"),
                instant(rs.getTimestamp("paid_at")),
                instant(rs.getTimestamp("expires_at")),
                carrier == null ? null : Carrier.valueOf(carrier),
                rs.getString("tracking_number"),
                rs.getString("cancel_reason"),
                address,
                rs.getTimestamp("created_at").toInstant(),
                List.of());
    }

    private static Order withAddress(Order o, ShippingAddress address) {
        return copy(o, address, o.lines());
    }

    private static Order withLines(Order o, List<OrderLine> lines) {
        return copy(o, o.shipTo(), lines);
    }

    private static Order copy(Order o, ShippingAddress address, List<OrderLine> lines) {
        return new Order(
                o.id(),
                o.publicId(),
                o.number(),
                o.checkoutId(),
                o.producerId(),
                o.status(),
                o.paymentMethod(),
                o.itemsSatang(),
                o.shippingSatang(),
                o.totalSatang(),
                o.feeSatang(),
                o.refundedSatang(),
                o.paidAt(),
                o.expiresAt(),
                o.carrier(),
                o.trackingNumber(),
                o.cancelReason(),
                address,
                o.createdAt(),
                lines);
    }

    private static java.time.Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
