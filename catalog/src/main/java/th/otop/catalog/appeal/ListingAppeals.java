package th.otop.catalog.appeal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.Checks;

/**
 * A producer appeals once against each hide of a listing; an officer restores the listing or upholds the hide, with a
 * reply, written to the audit log in the same transaction.
 */
@Singleton
public class ListingAppeals {
    private static final String SELECT =
            "SELECT a.id, a.product_id, p.public_id, p.title_th, a.producer_id, pr.name_th, "
                    + "a.hidden_reason, a.body, a.status, a.reply, a.created_at, a.decided_at FROM listing_appeal a "
                    + "JOIN product p ON p.id = a.product_id JOIN producer pr ON pr.id = a.producer_id ";
    private static final int MAX_BODY = 2000;

    private final JdbcOperations jdbc;
    private final Products products;
    private final AuditLog audit;

    ListingAppeals(JdbcOperations jdbc, Products products, AuditLog audit) {
        this.jdbc = jdbc;
        this.products = products;
        this.audit = audit;
    }

    /** The appeal against the listing's current hide, if the producer made one. */
    @Transactional
    public Optional<Appeal> current(ProducerId producer, ProductId product) {
        products.findOwned(producer, product);
        return one(
                SELECT + "WHERE a.product_id = ? AND a.hide_number = p.hide_count AND a.producer_id = ?",
                product.value(),
                producer.value());
    }

    /** Whether the listing is hidden and its current hide not appealed yet. */
    @Transactional
    public boolean canAppeal(ProducerId producer, ProductId product) {
        return products.findOwned(producer, product).status() == ProductStatus.HIDDEN
                && current(producer, product).isEmpty();
    }

    @Transactional
    public Appeal appeal(ProducerId producer, ProductId productId, String body) {
        Product product = products.findOwned(producer, productId);
        String text = body == null ? "" : body.strip();
        new Checks()
                .require(
                        product.status() == ProductStatus.HIDDEN,
                        "appeal",
                        "สินค้านี้ไม่ได้ถูกซ่อน จึงไม่ต้องอุทธรณ์",
                        "This listing is not hidden, so there is nothing to appeal")
                .notBlank(text, "appeal", "เหตุผลในการอุทธรณ์", "The reason for your appeal")
                .maxLength(text, MAX_BODY, "appeal", "เหตุผลในการอุทธรณ์", "The reason for your appeal")
                .throwIfInvalid();
        new Checks()
                .require(
                        current(producer, productId).isEmpty(),
                        "appeal",
                        "คุณอุทธรณ์การซ่อนครั้งนี้ไปแล้ว อุทธรณ์ได้ครั้งเดียวต่อการซ่อนหนึ่งครั้ง",
                        "You have already appealed this hide; one appeal per hide")
                .throwIfInvalid();
        // the unique (product, hide number) key stops a second appeal that races past the check above
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO listing_appeal (product_id, hide_number, producer_id, hidden_reason, body) "
                        + "SELECT id, hide_count, producer_id, hidden_reason, ? FROM product WHERE id = ?",
                ps -> {
                    ps.setString(1, text);
                    ps.setLong(2, productId.value());
                });
        return find(id);
    }

    /** Open appeals, oldest first: the officers' queue. */
    @Transactional
    public List<Appeal> open() {
        return many(SELECT + "WHERE a.status = 'OPEN' ORDER BY a.id");
    }

    @Transactional
    public Appeal find(long id) {
        return one(SELECT + "WHERE a.id = ?", id).orElseThrow(() -> new AppealNotFoundException(id));
    }

    /** The producer's decided appeals, newest first, for their notifications. */
    @Transactional
    public List<Appeal> decidedFor(ProducerId producer, int limit) {
        return many(
                SELECT + "WHERE a.producer_id = ? AND a.status <> 'OPEN' ORDER BY a.decided_at DESC, a.id DESC LIMIT ?",
                producer.value(),
                (long) limit);
    }

    /** Restores the listing or upholds the hide; a decided appeal stays decided. */
    @Transactional
    public Appeal decide(long officer, long id, boolean restore, String reply) {
        String text = reply == null ? "" : reply.strip();
        new Checks()
                .notBlank(text, "reply", "คำตอบถึงผู้ผลิต", "The reply to the producer")
                .maxLength(text, MAX_BODY, "reply", "คำตอบถึงผู้ผลิต", "The reply to the producer")
                .throwIfInvalid();
        Appeal appeal =
                one(SELECT + "WHERE a.id = ? FOR UPDATE", id).orElseThrow(() -> new AppealNotFoundException(id));
        new Checks()
                .require(
                        appeal.isOpen(),
                        "reply",
                        "คำอุทธรณ์นี้ได้รับการพิจารณาแล้ว",
                        "This appeal has already been decided")
                .throwIfInvalid();
        AppealStatus status = restore ? AppealStatus.RESTORED : AppealStatus.UPHELD;
        if (restore) {
            products.restore(appeal.productId());
        }
        jdbc.prepareStatement(
                "UPDATE listing_appeal SET status=?, reply=?, decided_by=?, decided_at=CURRENT_TIMESTAMP(3) WHERE id=?",
                ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, text);
                    ps.setLong(3, officer);
                    ps.setLong(4, id);
                    return ps.executeUpdate();
                });
        audit.record(
                officer,
                restore ? "appeal.restore" : "appeal.uphold",
                "product:" + appeal.productId().value(),
                text);
        return find(id);
    }

    private Optional<Appeal> one(String sql, long... params) {
        List<Appeal> found = many(sql, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Appeal> many(String sql, long... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            List<Appeal> appeals = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    appeals.add(read(rs));
                }
            }
            return appeals;
        });
    }

    private static Appeal read(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp(12);
        return new Appeal(
                rs.getLong(1),
                new ProductId(rs.getLong(2)),
                rs.getString(3),
                rs.getString(4),
                new ProducerId(rs.getLong(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                AppealStatus.valueOf(rs.getString(9)),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
