package th.otop.orders.checkout;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;

/** The SQL of checkouts. */
@Singleton
class CheckoutRows {
    private static final String COLUMNS = "id, public_id, cart_id, buyer_key, payment_method, payment_status, "
            + "payment_flag, stripe_payment_intent, items_satang, shipping_satang, total_satang, created_at";

    /** A checkout row with what only this package needs besides the public record. */
    record Row(Checkout checkout, long cartId, String buyerKey, String paymentIntent) {}

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private final Orders orders;

    CheckoutRows(JdbcOperations jdbc, Orders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    /** Fails with a duplicate-key error when the idempotency key or the cart already has a checkout. */
    CheckoutId insert(PlaceOrder request, String publicId) {
        return new CheckoutId(GeneratedKeys.insert(
                jdbc,
                "INSERT INTO checkout (public_id, idempotency_key, cart_id, buyer_key, buyer_email, ship_name, "
                        + "ship_phone, ship_line, ship_subdistrict, ship_district, ship_province_id, ship_postcode, "
                        + "payment_method) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    var a = request.address();
                    ps.setString(1, publicId);
                    ps.setString(2, request.idempotencyKey());
                    ps.setLong(3, request.cartId().value());
                    ps.setString(4, request.buyer().key());
                    ps.setString(5, request.email());
                    ps.setString(6, a.recipientName());
                    ps.setString(7, a.phone());
                    ps.setString(8, a.addressLine());
                    ps.setString(9, a.subdistrict());
                    ps.setString(10, a.district());
                    ps.setInt(11, a.provinceId());
                    ps.setString(12, a.postcode());
                    ps.setString(13, request.paymentMethod().name());
                }));
    }

    void totals(CheckoutId id, long itemsSatang, long shippingSatang) {
        jdbc.prepareStatement(
                "UPDATE checkout SET items_satang=?, shipping_satang=?, total_satang=? WHERE id=?", ps -> {
                    ps.setLong(1, itemsSatang);
                    ps.setLong(2, shippingSatang);
                    ps.setLong(3, itemsSatang + shippingSatang);
                    ps.setLong(4, id.value());
                    return ps.executeUpdate();
                });
    }

    Optional<Row> byKey(String idempotencyKey) {
        return one("idempotency_key=?", ps -> ps.setString(1, idempotencyKey));
    }

    Optional<Row> byPublicId(String publicId) {
        return one("public_id=?", ps -> ps.setString(1, publicId));
    }

    Optional<Row> find(CheckoutId id) {
        return one("id=?", ps -> ps.setLong(1, id.value()));
    }

    /** The row locked until the transaction ends, read as committed last (a locking read). */
    Optional<Row> lockByPublicId(String publicId) {
        return one("public_id=? FOR UPDATE", ps -> ps.setString(1, publicId));
    }

    void paymentIntent(CheckoutId id, String paymentIntent) {
        jdbc.prepareStatement(
                "UPDATE checkout SET stripe_payment_intent=? WHERE id=? AND stripe_payment_intent IS NULL", ps -> {
                    ps.setString(1, paymentIntent);
                    ps.setLong(2, id.value());
                    return ps.executeUpdate();
                });
    }

    /** The newest checkouts placed under any of these buyer keys (a device's guest and its account). */
    List<Row> byBuyers(List<String> buyerKeys, int limit) {
        if (buyerKeys.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(buyerKeys.size(), "?"));
        List<Row> rows = jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM checkout WHERE buyer_key IN (" + marks + ") ORDER BY id DESC LIMIT "
                        + limit,
                ps -> {
                    for (int i = 0; i < buyerKeys.size(); i++) {
                        ps.setString(i + 1, buyerKeys.get(i));
                    }
                    List<Row> found = new java.util.ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(read(rs));
                        }
                    }
                    return found;
                });
        return rows.stream()
                .map(r -> new Row(withOrders(r.checkout()), r.cartId(), r.buyerKey(), r.paymentIntent()))
                .toList();
    }

    /** A checkout by its number and the phone number it ships to: tracking without an account. */
    Optional<Row> byPublicIdAndPhone(String publicId, String phone) {
        return one("public_id = ? AND ship_phone = ?", ps -> {
            ps.setString(1, publicId);
            ps.setString(2, phone);
        });
    }

    /** The checkout of one of its orders, by the order's own public id, as pages before order numbers showed it. */
    Optional<Row> byOrderPublicIdAndPhone(String orderPublicId, String phone) {
        return one("id = (SELECT o.checkout_id FROM orders o WHERE o.public_id = ?) AND ship_phone = ?", ps -> {
            ps.setString(1, orderPublicId);
            ps.setString(2, phone);
        });
    }

    /** Moves the payment status forward only: a late "processing" after "paid" changes nothing. */
    void advance(CheckoutId id, PaymentStatus to) {
        List<String> earlier = java.util.Arrays.stream(PaymentStatus.values())
                .filter(s -> s.ordinal() < to.ordinal())
                .map(Enum::name)
                .toList();
        jdbc.prepareStatement(
                "UPDATE checkout SET payment_status=? WHERE id=? AND payment_status IN ('" + String.join("','", earlier)
                        + "')",
                ps -> {
                    ps.setString(1, to.name());
                    ps.setLong(2, id.value());
                    return ps.executeUpdate();
                });
    }

    /** Back from a failed attempt to awaiting the next one; any other status stays. */
    void retry(CheckoutId id) {
        jdbc.prepareStatement(
                "UPDATE checkout SET payment_status='AWAITING' WHERE id=? AND payment_status='FAILED'", ps -> {
                    ps.setLong(1, id.value());
                    return ps.executeUpdate();
                });
    }

    void flag(CheckoutId id, PaymentFlag flag) {
        jdbc.prepareStatement("UPDATE checkout SET payment_flag=? WHERE id=?", ps -> {
            ps.setString(1, flag.name());
            ps.setLong(2, id.value());
            return ps.executeUpdate();
        });
    }

    private Optional<Row> one(String where, Binder binder) {
        Optional<Row> row = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM checkout WHERE " + where, ps -> {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
        return row.map(r -> new Row(withOrders(r.checkout()), r.cartId(), r.buyerKey(), r.paymentIntent()));
    }

    private Checkout withOrders(Checkout c) {
        return new Checkout(
                c.id(),
                c.publicId(),
                c.paymentMethod(),
                c.paymentStatus(),
                c.paymentFlag(),
                c.itemsSatang(),
                c.shippingSatang(),
                c.totalSatang(),
                c.createdAt(),
                orders.ofCheckout(c.id().value()));
    }

    private static Row read(ResultSet rs) throws SQLException {
        String flag = rs.getString("payment_flag");
        Checkout checkout = new Checkout(
                new CheckoutId(rs.getLong("id")),
                rs.getString("public_id"),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                flag == null ? null : PaymentFlag.valueOf(flag),
                rs.getLong("items_satang"),
                rs.getLong("shipping_satang"),
                rs.getLong("total_satang"),
                rs.getTimestamp("created_at").toInstant(),
                List.of());
        return new Row(
                checkout, rs.getLong("cart_id"), rs.getString("buyer_key"), rs.getString("stripe_payment_intent"));
    }
}
