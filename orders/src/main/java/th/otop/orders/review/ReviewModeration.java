package th.otop.orders.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.validation.Checks;

/** Officers read the newest reviews of the whole marketplace and hide abusive ones, with a reason, in the audit log. */
@Singleton
public class ReviewModeration {
    private final JdbcOperations jdbc;
    private final Reviews reviews;
    private final AuditLog audit;

    ReviewModeration(JdbcOperations jdbc, Reviews reviews, AuditLog audit) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** A review with the product it is about. */
    public record Entry(
            long id,
            int stars,
            @Nullable String body,
            @Nullable String reply,
            @Nullable String hiddenReason,
            Instant createdAt,
            String productPublicId,
            String productTitleTh,
            @Nullable String productTitleEn) {}

    /** The newest reviews, hidden ones included (with their reason). */
    @Transactional
    public List<Entry> recent(int limit) {
        return jdbc.prepareStatement(
                "SELECT r.id, r.stars, r.body, r.reply, r.hidden_reason, r.created_at, p.public_id, p.title_th, p.title_en "
                        + "FROM review r JOIN product p ON p.id = r.product_id ORDER BY r.id DESC LIMIT ?",
                ps -> {
                    ps.setInt(1, Math.min(Math.max(limit, 1), 500));
                    List<Entry> entries = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Timestamp created = rs.getTimestamp(6);
                            entries.add(new Entry(
                                    rs.getLong(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    created.toInstant(),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9)));
                        }
                    }
                    return entries;
                });
    }

    @Transactional
    public void hide(long officer, long reviewId, String reason) {
        boolean exists = jdbc.prepareStatement("SELECT 1 FROM review WHERE id = ?", ps -> {
            ps.setLong(1, reviewId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        new Checks()
                .require(exists, "review", "ไม่พบรีวิวนี้", "There is no such review")
                .maxLength(reason, 500, "reason", "เหตุผล", "The reason")
                .throwIfInvalid();
        reviews.hide(reviewId, reason == null ? null : reason.strip());
        audit.record(officer, "review.hide", "review:" + reviewId, reason);
    }
}
