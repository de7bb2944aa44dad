package th.otop.orders.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
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
            @Nullable String photoKey,
            @Nullable String reply,
            @Nullable String hiddenReason,
            Instant createdAt,
            String productPublicId,
            String productTitleTh,
            @Nullable String productTitleEn) {}

    /** The newest reviews, hidden ones included (with their reason). */
    @Transactional
    public List<Entry> recent(int limit) {
        return reviews.entries(null, limit);
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
