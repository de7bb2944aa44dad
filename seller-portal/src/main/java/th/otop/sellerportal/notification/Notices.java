package th.otop.sellerportal.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.appeal.Appeal;
import th.otop.catalog.appeal.AppealStatus;
import th.otop.catalog.appeal.ListingAppeals;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Verification;
import th.otop.sellerportal.web.Formats;

/**
 * Derives the producer's notifications from the data: orders waiting for the shop (paid, or to be paid to it
 * directly), published listings and options at or below the low-stock level, the verification result, and officers'
 * decisions on the shop's listing appeals.
 */
@Singleton
class Notices {
    static final String NEW_ORDER = "(o.status='PAID' OR (o.status='PENDING_PAYMENT' AND o.payment_method<>'STRIPE'))";
    private static final int MAX_ORDERS = 50;

    private static final int MAX_APPEALS = 20;
    private static final java.util.Set<String> ONLY_WHILE_NEW =
            java.util.Set.of("pending", "verified", "appealRestored", "appealUpheld");

    private final JdbcOperations jdbc;
    private final Formats formats;
    private final ListingAppeals appeals;
    private final int lowStock;

    Notices(
            JdbcOperations jdbc,
            Formats formats,
            ListingAppeals appeals,
            @Value("${otop.portal.low-stock:5}") int lowStock) {
        this.jdbc = jdbc;
        this.formats = formats;
        this.appeals = appeals;
        this.lowStock = lowStock;
    }

    /** Newest orders first, then stock, then the verification; fresh ones marked. */
    @Transactional
    List<Notice> of(Producer producer, Seen seen) {
        List<Notice> notices = new ArrayList<>();
        verification(producer, seen, notices);
        for (Appeal appeal : appeals.decidedFor(producer.id(), MAX_APPEALS)) {
            notices.add(new Notice(
                    appeal.status() == AppealStatus.RESTORED ? "appealRestored" : "appealUpheld",
                    appeal.productTitle(),
                    appeal.reply(),
                    "/listings/" + appeal.productPublicId() + "#appeal",
                    appeal.decidedAt(),
                    appeal.decidedAt().isAfter(seen.at())));
        }
        jdbc.prepareStatement(
                // the part's number, as on the order pages: the buyer's order number and the part
                "SELECT o.public_id, o.created_at, o.total_satang, CONCAT(c.public_id, '-', o.part_no) FROM orders o "
                        + "JOIN checkout c ON c.id=o.checkout_id WHERE o.producer_id=? AND " + NEW_ORDER
                        + " ORDER BY o.id DESC LIMIT " + MAX_ORDERS,
                ps -> {
                    ps.setLong(1, producer.id().value());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            var at = rs.getTimestamp(2).toInstant();
                            notices.add(new Notice(
                                    "order",
                                    rs.getString(4),
                                    formats.baht(rs.getLong(3)),
                                    "/orders/" + rs.getString(1),
                                    at,
                                    at.isAfter(seen.at())));
                        }
                    }
                    return null;
                });
        jdbc.prepareStatement(
                "SELECT p.public_id, p.title_th, NULL, p.stock FROM product p WHERE p.producer_id=? "
                        + "AND p.deleted_at IS NULL AND p.status='PUBLISHED' AND p.stock<=? "
                        + "AND NOT EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id=p.id) "
                        + "UNION ALL SELECT p.public_id, p.title_th, v.name_th, v.stock FROM product_variant v "
                        + "JOIN product p ON p.id=v.product_id WHERE p.producer_id=? AND p.deleted_at IS NULL "
                        + "AND p.status='PUBLISHED' AND v.stock<=? ORDER BY 4, 1",
                ps -> {
                    ps.setLong(1, producer.id().value());
                    ps.setInt(2, lowStock);
                    ps.setLong(3, producer.id().value());
                    ps.setInt(4, lowStock);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String title = rs.getString(2) + (rs.getString(3) == null ? "" : " · " + rs.getString(3));
                            notices.add(new Notice(
                                    "lowStock",
                                    title,
                                    String.valueOf(rs.getInt(4)),
                                    "/stock/" + rs.getString(1),
                                    null,
                                    false));
                        }
                    }
                    return null;
                });
        return notices;
    }

    /** What the badge counts: new orders waiting, low stock, and a verification or appeal decision not seen yet. */
    @Transactional
    long count(Producer producer, Seen seen) {
        return of(producer, seen).stream()
                .filter(n -> n.fresh() || !ONLY_WHILE_NEW.contains(n.kind()))
                .count();
    }

    private static void verification(Producer producer, Seen seen, List<Notice> notices) {
        Verification now = producer.verification();
        boolean fresh = seen.verification().map(v -> v != now).orElse(now != Verification.PENDING);
        String kind =
                switch (now) {
                    case PENDING -> "pending";
                    case VERIFIED -> "verified";
                    case SUSPENDED -> "suspended";
                };
        if (now == Verification.VERIFIED && !fresh) {
            return; // nothing to say once the producer has seen it
        }
        notices.add(new Notice(kind, producer.nameTh(), producer.verificationNote(), "/dashboard", null, fresh));
    }
}
