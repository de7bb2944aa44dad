package th.otop.orders.survey;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.PublicIds;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.Checks;
import th.otop.orders.DuplicateKey;

@Singleton
public class Surveys {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final JdbcOperations jdbc;

    Surveys(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Invites a respondent once per occasion (an order, a receipt, a quarter); inviting again for the same
     * occasion returns the first invitation.
     */
    @Transactional
    public String invite(String respondent, Segment segment, String occasion, boolean returningCustomer) {
        Optional<String> existing = existing(respondent, occasion);
        if (existing.isPresent()) {
            return existing.get();
        }
        String publicId = PublicIds.next();
        try {
            jdbc.prepareStatement(
                    "INSERT INTO survey_invitation (public_id, respondent, segment, occasion, returning_customer) VALUES (?,?,?,?,?)",
                    ps -> {
                        ps.setString(1, publicId);
                        ps.setString(2, respondent);
                        ps.setString(3, segment.name());
                        ps.setString(4, occasion);
                        ps.setBoolean(5, returningCustomer);
                        return ps.executeUpdate();
                    });
            return publicId;
        } catch (RuntimeException e) {
            if (DuplicateKey.isCause(e)) {
                return existing(respondent, occasion).orElseThrow();
            }
            throw e;
        }
    }

    /**
     * Invites the buyer of a delivered order; a buyer with an earlier delivered order is a returning
     * ("current") customer, a first-time buyer a new ("future") one.
     */
    @Transactional
    public String inviteBuyer(String buyerKey, String orderPublicId) {
        boolean returning = jdbc.prepareStatement(
                "SELECT COUNT(*) FROM orders o JOIN checkout c ON c.id = o.checkout_id WHERE c.buyer_key = ? "
                        + "AND o.public_id <> ? AND o.status IN ('DELIVERED', 'COMPLETED')",
                ps -> {
                    ps.setString(1, buyerKey);
                    ps.setString(2, orderPublicId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) > 0;
                    }
                });
        return invite(buyerKey, Segment.CONSUMER, "order:" + orderPublicId, returning);
    }

    /**
     * Invites an outlet after it received a supplier order; any member of the outlet answers for it. An outlet that had
     * received an earlier supplier order is a returning customer, one receiving its first a new one.
     */
    @Transactional
    public String inviteOutlet(long outletId, String supplierOrderPublicId) {
        boolean returning = jdbc.prepareStatement(
                "SELECT COUNT(*) FROM supplier_order so JOIN purchase_order po ON po.id = so.purchase_order_id "
                        + "WHERE po.outlet_id = ? AND so.public_id <> ? AND so.received_at IS NOT NULL",
                ps -> {
                    ps.setLong(1, outletId);
                    ps.setString(2, supplierOrderPublicId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) > 0;
                    }
                });
        return invite(outletRespondent(outletId), Segment.OUTLET, "receipt:" + supplierOrderPublicId, returning);
    }

    /**
     * The producer's invitation about the platform for the quarter (Bangkok time) that {@code at} falls in: made on
     * the first call in a quarter, the same one afterwards. A producer that joined during the quarter is a new
     * customer, one that joined before it a returning one.
     */
    @Transactional
    public String inviteProducerForQuarter(ProducerId producer, Instant at) {
        ZonedDateTime local = at.atZone(BANGKOK);
        int firstMonth = (local.getMonthValue() - 1) / 3 * 3 + 1;
        String quarter = "quarter:" + local.getYear() + "-Q" + ((firstMonth - 1) / 3 + 1);
        Instant quarterStart = local.withMonth(firstMonth)
                .withDayOfMonth(1)
                .toLocalDate()
                .atStartOfDay(BANGKOK)
                .toInstant();
        boolean returning = jdbc.prepareStatement("SELECT created_at FROM producer WHERE id = ?", ps -> {
            ps.setLong(1, producer.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getTimestamp(1).toInstant().isBefore(quarterStart);
            }
        });
        return invite(producerRespondent(producer), Segment.PRODUCER, quarter, returning);
    }

    public static String outletRespondent(long outletId) {
        return "outlet:" + outletId;
    }

    public static String producerRespondent(ProducerId producer) {
        return "producer:" + producer.value();
    }

    /** The respondent's invitation by its public id; someone else's is not found. */
    @Transactional
    public Optional<Invitation> find(String respondent, String invitation) {
        return jdbc.prepareStatement(
                "SELECT public_id, segment, occasion, score, comment, answered_at, created_at FROM survey_invitation "
                        + "WHERE public_id = ? AND respondent = ?",
                ps -> {
                    ps.setString(1, invitation);
                    ps.setString(2, respondent);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        int score = rs.getInt(4);
                        boolean noScore = rs.wasNull();
                        Timestamp answered = rs.getTimestamp(6);
                        return Optional.of(new Invitation(
                                rs.getString(1),
                                Segment.valueOf(rs.getString(2)),
                                rs.getString(3),
                                noScore ? null : score,
                                rs.getString(5),
                                answered == null ? null : answered.toInstant(),
                                rs.getTimestamp(7).toInstant()));
                    }
                });
    }

    /** The respondent's invitation for an occasion (such as {@code order:<public id>}), if one was sent. */
    @Transactional
    public Optional<Invitation> forOccasion(String respondent, String occasion) {
        return existing(respondent, occasion).flatMap(id -> find(respondent, id));
    }

    /** Records the one answer to an invitation; a second answer or someone else's invitation is refused. */
    @Transactional
    public void answer(String respondent, String invitation, int score, String comment) {
        new Checks()
                .range(score, 1, 5, "score", "คะแนนความพึงพอใจ", "The satisfaction score")
                .maxLength(comment, 2000, "comment", "ความเห็น", "The comment")
                .throwIfInvalid();
        int updated = jdbc.prepareStatement(
                "UPDATE survey_invitation SET score = ?, comment = ?, answered_at = ? "
                        + "WHERE public_id = ? AND respondent = ? AND answered_at IS NULL",
                ps -> {
                    ps.setInt(1, score);
                    ps.setString(2, comment);
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.setString(4, invitation);
                    ps.setString(5, respondent);
                    return ps.executeUpdate();
                });
        new Checks()
                .require(
                        updated == 1,
                        "invitation",
                        "แบบสอบถามนี้ตอบแล้วหรือไม่พบ",
                        "This survey was already answered or does not exist")
                .throwIfInvalid();
    }

    /** Satisfaction per segment and new/returning, for invitations sent in the period. */
    @Transactional
    public List<Satisfaction> bySegment(Instant from, Instant to) {
        return jdbc.prepareStatement(
                "SELECT segment, returning_customer, COUNT(*), COUNT(score), COALESCE(AVG(score), 0) FROM survey_invitation "
                        + "WHERE created_at >= ? AND created_at < ? GROUP BY segment, returning_customer ORDER BY segment, returning_customer",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(from));
                    ps.setTimestamp(2, Timestamp.from(to));
                    List<Satisfaction> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Satisfaction(
                                    Segment.valueOf(rs.getString(1)),
                                    rs.getBoolean(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getDouble(5)));
                        }
                    }
                    return rows;
                });
    }

    private Optional<String> existing(String respondent, String occasion) {
        return jdbc.prepareStatement(
                "SELECT public_id FROM survey_invitation WHERE respondent = ? AND occasion = ?", ps -> {
                    ps.setString(1, respondent);
                    ps.setString(2, occasion);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                    }
                });
    }
}
