package th.otop.orders.review;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.Checks;
import th.otop.orders.Buyer;
import th.otop.orders.DuplicateKey;

@Singleton
public class Reviews {
    private static final String COLUMNS = "id, product_id, stars, body, photo_key, reply, hidden_reason, created_at";

    private final JdbcOperations jdbc;
    private final Products products;

    Reviews(JdbcOperations jdbc, Products products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    /**
     * A review of a product the buyer received: the order must be the buyer's own, delivered or completed,
     * and contain the product; one review per product and order.
     */
    @Transactional
    public long write(Buyer buyer, String orderPublicId, ProductId product, int stars, String body, String photoKey) {
        new Checks()
                .range(stars, 1, 5, "stars", "คะแนน", "The rating")
                .maxLength(body, 2000, "body", "ความเห็น", "The review")
                .throwIfInvalid();
        Optional<long[]> purchase = jdbc.prepareStatement(
                "SELECT o.id, o.producer_id FROM orders o JOIN checkout c ON c.id = o.checkout_id "
                        + "JOIN order_line l ON l.order_id = o.id WHERE o.public_id = ? AND c.buyer_key = ? "
                        + "AND l.product_id = ? AND o.status IN ('DELIVERED', 'COMPLETED')",
                ps -> {
                    ps.setString(1, orderPublicId);
                    ps.setString(2, buyer.key());
                    ps.setLong(3, product.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2)}) : Optional.empty();
                    }
                });
        new Checks()
                .require(
                        purchase.isPresent(),
                        "order",
                        "รีวิวได้เฉพาะสินค้าที่คุณซื้อและได้รับแล้ว",
                        "You can review only products you bought and received")
                .throwIfInvalid();
        try {
            long id = GeneratedKeys.insert(
                    jdbc,
                    "INSERT INTO review (order_id, product_id, producer_id, buyer_key, stars, body, photo_key) VALUES (?,?,?,?,?,?,?)",
                    ps -> {
                        ps.setLong(1, purchase.get()[0]);
                        ps.setLong(2, product.value());
                        ps.setLong(3, purchase.get()[1]);
                        ps.setString(4, buyer.key());
                        ps.setInt(5, stars);
                        ps.setString(6, body);
                        ps.setString(7, photoKey);
                    });
            products.touch(product);
            return id;
        } catch (RuntimeException e) {
            if (DuplicateKey.isCause(e)) {
                new Checks()
                        .require(
                                false,
                                "order",
                                "คุณรีวิวสินค้านี้จากคำสั่งซื้อนี้แล้ว",
                                "You already reviewed this product from this order")
                        .throwIfInvalid();
            }
            throw e;
        }
    }

    /** The producer's one reply; a second reply or another producer's review is refused. */
    @Transactional
    public void reply(ProducerId producer, long reviewId, String reply) {
        new Checks()
                .notBlank(reply, "reply", "คำตอบ", "The reply")
                .maxLength(reply, 2000, "reply", "คำตอบ", "The reply")
                .throwIfInvalid();
        int updated = jdbc.prepareStatement(
                "UPDATE review SET reply = ?, replied_at = ? WHERE id = ? AND producer_id = ? AND reply IS NULL",
                ps -> {
                    ps.setString(1, reply);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.setLong(3, reviewId);
                    ps.setLong(4, producer.value());
                    return ps.executeUpdate();
                });
        new Checks()
                .require(
                        updated == 1,
                        "reply",
                        "ตอบรีวิวนี้ไม่ได้ (ตอบได้ครั้งเดียว)",
                        "This review cannot be replied to (one reply only)")
                .throwIfInvalid();
        touchProductOf(reviewId);
    }

    /** An officer hides an abusive review, with the reason. */
    @Transactional
    public void hide(long reviewId, String reason) {
        new Checks().notBlank(reason, "reason", "เหตุผล", "The reason").throwIfInvalid();
        jdbc.prepareStatement("UPDATE review SET hidden_reason = ? WHERE id = ?", ps -> {
            ps.setString(1, reason);
            ps.setLong(2, reviewId);
            return ps.executeUpdate();
        });
        touchProductOf(reviewId);
    }

    /** Reviews show on their product's page: a new version of the product, so pages kept for guests are dropped. */
    private void touchProductOf(long reviewId) {
        jdbc.prepareStatement("SELECT product_id FROM review WHERE id = ?", ps -> {
                    ps.setLong(1, reviewId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new ProductId(rs.getLong(1))) : Optional.<ProductId>empty();
                    }
                })
                .ifPresent(products::touch);
    }

    @Transactional
    public List<Review> visibleFor(ProductId product) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM review WHERE product_id = ? AND hidden_reason IS NULL ORDER BY id DESC",
                ps -> {
                    ps.setLong(1, product.value());
                    List<Review> reviews = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            reviews.add(read(rs));
                        }
                    }
                    return reviews;
                });
    }

    /** The newest reviews of the producer's products, hidden ones included, with the product each is about. */
    @Transactional
    public List<ReviewModeration.Entry> ofProducer(ProducerId producer, int limit) {
        return entries(producer, limit);
    }

    /** The newest reviews with their product: of one producer, or of the whole marketplace when it is null. */
    List<ReviewModeration.Entry> entries(ProducerId producer, int limit) {
        return jdbc.prepareStatement(
                "SELECT r.id, r.stars, r.body, r.photo_key, r.reply, r.hidden_reason, r.created_at, p.public_id, "
                        + "p.title_th, p.title_en FROM review r JOIN product p ON p.id = r.product_id "
                        + (producer == null ? "" : "WHERE r.producer_id = ? ")
                        + "ORDER BY r.id DESC LIMIT ?",
                ps -> {
                    int at = 1;
                    if (producer != null) {
                        ps.setLong(at++, producer.value());
                    }
                    ps.setInt(at, Math.min(Math.max(limit, 1), 500));
                    List<ReviewModeration.Entry> entries = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new ReviewModeration.Entry(
                                    rs.getLong(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getTimestamp(7).toInstant(),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getString(10)));
                        }
                    }
                    return entries;
                });
    }

    @Transactional
    public RatingSummary summaryOfProduct(ProductId product) {
        return summary("product_id", product.value());
    }

    @Transactional
    public RatingSummary summaryOfProducer(ProducerId producer) {
        return summary("producer_id", producer.value());
    }

    private RatingSummary summary(String column, long id) {
        return jdbc.prepareStatement(
                "SELECT stars, COUNT(*) FROM review WHERE " + column + " = ? AND hidden_reason IS NULL GROUP BY stars",
                ps -> {
                    ps.setLong(1, id);
                    Map<Integer, Long> distribution = new TreeMap<>();
                    for (int s = 1; s <= 5; s++) {
                        distribution.put(s, 0L);
                    }
                    long count = 0;
                    long sum = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            distribution.put(rs.getInt(1), rs.getLong(2));
                            count += rs.getLong(2);
                            sum += rs.getInt(1) * rs.getLong(2);
                        }
                    }
                    return new RatingSummary(count == 0 ? 0 : (double) sum / count, count, distribution);
                });
    }

    private static Review read(ResultSet rs) throws SQLException {
        return new Review(
                rs.getLong("id"),
                rs.getLong("product_id"),
                rs.getInt("stars"),
                rs.getString("body"),
                rs.getString("photo_key"),
                rs.getString("reply"),
                rs.getString("hidden_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
