package th.otop.orders.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.ProducerLinkages;
import th.otop.catalog.producer.ProducerId;

/**
 * A share of every sale by a fund-linked producer goes to the fund: {@code otop.orders.fund-contribution-percent} of the
 * goods (not shipping), default 1 %, rounded half up to the satang. The fund is the producer's officer-confirmed fund
 * link, one that finances it before one it is a member of, then the oldest. The share comes out of what the producer is
 * owed, so the buyer pays the same; a refund returns it in proportion, without rounding drift.
 */
@Singleton
public class FundContributions {
    static final String PERCENT = "otop.orders.fund-contribution-percent";
    private static final BigDecimal DEFAULT_PERCENT = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcOperations jdbc;
    private final Community community;
    private final PropertyResolver properties;

    FundContributions(JdbcOperations jdbc, Community community, PropertyResolver properties) {
        this.jdbc = jdbc;
        this.community = community;
        this.properties = properties;
    }

    public BigDecimal percent() {
        BigDecimal percent = properties.getProperty(PERCENT, BigDecimal.class).orElse(DEFAULT_PERCENT);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalStateException(PERCENT + " must be from 0 to 100, is " + percent);
        }
        return percent;
    }

    /** The fund's share of these goods of this producer; empty when the producer has no confirmed fund link. */
    @Transactional
    public Optional<FundShare> shareOf(ProducerId producer, long goodsSatang) {
        return fundOf(producer)
                .map(fund -> new FundShare(
                        fund,
                        BigDecimal.valueOf(goodsSatang)
                                .multiply(percent())
                                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                                .longValueExact()));
    }

    /** Money credited to the fund, less what refunds took back. */
    @Transactional
    public long contributedTo(long fundId) {
        return jdbc.prepareStatement(
                "SELECT COALESCE(-SUM(amount_satang), 0) FROM ledger_entry WHERE account = 'FUND_PAYABLE' AND fund_id = ?",
                ps -> {
                    ps.setLong(1, fundId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /**
     * One sale's share credited to a fund (negative: a refund took part of it back). {@code reference} is the number the
     * producer knows the sale by: a consumer order's ({@code <checkout>-<part>}) or an outlet's supplier order's.
     */
    @Serdeable
    public record Contribution(
            Instant at,
            long producerId,
            String producerNameTh,
            @Nullable String producerNameEn,
            String reference,
            boolean wholesale,
            long amountSatang) {}

    /** What each sale credited to the fund from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    @Transactional
    public List<Contribution> creditedTo(long fundId, Instant from, Instant to) {
        return jdbc.prepareStatement(
                "SELECT e.created_at, e.producer_id, p.name_th, p.name_en, -e.amount_satang, e.supplier_order_id, "
                        + "COALESCE(CONCAT(c.public_id, '-', o.part_no), so.public_id) AS reference "
                        + "FROM ledger_entry e JOIN producer p ON p.id = e.producer_id "
                        + "LEFT JOIN orders o ON o.id = e.order_id LEFT JOIN checkout c ON c.id = o.checkout_id "
                        + "LEFT JOIN supplier_order so ON so.id = e.supplier_order_id "
                        + "WHERE e.account = 'FUND_PAYABLE' AND e.fund_id = ? AND e.created_at >= ? AND e.created_at < ? "
                        + "ORDER BY e.id",
                ps -> {
                    ps.setLong(1, fundId);
                    ps.setTimestamp(2, Timestamp.from(from));
                    ps.setTimestamp(3, Timestamp.from(to));
                    List<Contribution> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Contribution(
                                    rs.getTimestamp(1).toInstant(),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(7),
                                    rs.getObject(6) != null,
                                    rs.getLong(5)));
                        }
                    }
                    return list;
                });
    }

    /** A consumer order was paid: credits the fund's share, in the payment's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void paid(Sale sale) {
        shareOf(sale.producer(), goodsOf(sale.orderId()))
                .filter(share -> share.satang() > 0)
                .ifPresent(share -> write(sale, share.fundId(), share.satang()));
    }

    /** Part of a paid consumer order was refunded: the fund gives back the same proportion of its share. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void refunded(Sale sale, long refundedBeforeSatang, long amountSatang) {
        long[] credited = jdbc.prepareStatement(
                "SELECT MIN(fund_id), COALESCE(-SUM(amount_satang), 0) FROM ledger_entry WHERE order_id = ? "
                        + "AND account = 'FUND_PAYABLE' AND amount_satang < 0",
                ps -> {
                    ps.setLong(1, sale.orderId());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });
        long share = credited[1];
        if (share == 0 || sale.totalSatang() == 0) {
            return;
        }
        long back = Math.multiplyExact(share, refundedBeforeSatang + amountSatang) / sale.totalSatang()
                - Math.multiplyExact(share, refundedBeforeSatang) / sale.totalSatang();
        if (back > 0) {
            write(sale, credited[0], -back);
        }
    }

    private Optional<Long> fundOf(ProducerId producer) {
        ProducerLinkages linkages = community.linkagesOf(producer);
        return linkages.funds().stream()
                .filter(ProducerLinkages.FundLink::confirmed)
                .sorted(Comparator.comparing((ProducerLinkages.FundLink f) -> f.relation() != FundRelation.FINANCED_BY)
                        .thenComparingLong(f -> f.fund().id()))
                .map(f -> f.fund().id())
                .findFirst();
    }

    private long goodsOf(long orderId) {
        return jdbc.prepareStatement("SELECT items_satang FROM orders WHERE id = ?", ps -> {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Positive: the producer is owed less and the fund is owed more. */
    private void write(Sale sale, long fundId, long satang) {
        jdbc.prepareStatement(
                "INSERT INTO ledger_entry (posting, account, producer_id, amount_satang, checkout_id, order_id, fund_id) "
                        + "VALUES (?,?,?,?,?,?,?),(?,?,?,?,?,?,?)",
                ps -> {
                    int i = 1;
                    for (Object[] e :
                            new Object[][] {{Account.PRODUCER_PAYABLE, satang}, {Account.FUND_PAYABLE, -satang}}) {
                        ps.setString(i++, Posting.FUND_CONTRIBUTION.name());
                        ps.setString(i++, ((Account) e[0]).name());
                        ps.setLong(i++, sale.producer().value());
                        ps.setLong(i++, (Long) e[1]);
                        ps.setLong(i++, sale.checkoutId());
                        ps.setLong(i++, sale.orderId());
                        ps.setLong(i++, fundId);
                    }
                    return ps.executeUpdate();
                });
    }
}
