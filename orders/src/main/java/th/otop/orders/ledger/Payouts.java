package th.otop.orders.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.Checks;
import th.otop.orders.Baht;

/**
 * Transfers of what the platform owes to producers, made by bank transfer or PromptPay and recorded here by a finance
 * officer, in batches; and each producer's report. Every payout is in the audit log in the same transaction.
 */
@Singleton
public class Payouts {
    private final JdbcOperations jdbc;
    private final Ledger ledger;
    private final PayoutRows rows;
    private final PayoutBatchRows batches;
    private final AuditLog audit;

    Payouts(JdbcOperations jdbc, Ledger ledger, PayoutRows rows, PayoutBatchRows batches, AuditLog audit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rows = rows;
        this.batches = batches;
        this.audit = audit;
    }

    /**
     * Records the transfers as one batch: all or none. Each line must be more than 0 and at most what the platform owes
     * that producer, name each producer once, and carry the transfer's reference; every broken rule is reported at
     * once, by line ({@code amount.0}, {@code reference.0}, ...).
     */
    @Transactional
    public PayoutBatch record(long officerAccount, List<PayoutLine> lines) {
        // one payout of a producer at a time, so two officers cannot both pay out the same balance; in id order, so
        // two batches naming the same producers never deadlock
        lines.stream().map(l -> l.producer().value()).distinct().sorted().forEach(this::lockProducer);
        Checks checks = new Checks()
                .require(!lines.isEmpty(), "lines", "เลือกผู้ผลิตอย่างน้อยหนึ่งราย", "Choose at least one producer");
        Set<ProducerId> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PayoutLine line = lines.get(i);
            long balance = ledger.balanceOf(line.producer());
            checks.require(
                            line.amountSatang() > 0 && line.amountSatang() <= balance,
                            "amount." + i,
                            "ยอดโอนต้องมากกว่า 0 และไม่เกินยอดค้างจ่าย " + Baht.format(balance) + " บาท",
                            "The amount must be more than 0 and at most the balance of " + Baht.format(balance)
                                    + " baht")
                    .require(
                            seen.add(line.producer()),
                            "amount." + i,
                            "ผู้ผลิตรายนี้อยู่ในรายการแล้ว",
                            "This producer is already in the batch")
                    .notBlank(line.bankReference(), "reference." + i, "เลขที่อ้างอิงการโอน", "The transfer reference")
                    .maxLength(
                            line.bankReference(),
                            100,
                            "reference." + i,
                            "เลขที่อ้างอิงการโอน",
                            "The transfer reference");
        }
        checks.throwIfInvalid();
        PayoutBatchRow batch = batches.save(new PayoutBatchRow(null, officerAccount, null));
        for (PayoutLine line : lines) {
            PayoutRow payout = rows.save(new PayoutRow(
                    null,
                    line.producer().value(),
                    line.amountSatang(),
                    line.bankReference().strip(),
                    batch.id(),
                    null));
            entry(payout.id(), line.producer(), Account.PRODUCER_PAYABLE, line.amountSatang());
            entry(payout.id(), line.producer(), Account.PLATFORM_CASH, -line.amountSatang());
            audit.record(
                    officerAccount,
                    "payout.record",
                    "producer:" + line.producer().value(),
                    "payout:" + payout.id() + " batch:" + batch.id() + " " + line.amountSatang() + " satang, ref "
                            + line.bankReference().strip());
        }
        return batch(batch.id()).orElseThrow();
    }

    /** Every producer the platform owes money to, the largest balance first. */
    @Transactional
    public List<Owed> owed() {
        return jdbc.prepareStatement(
                "SELECT producer_id, -SUM(amount_satang) AS owed FROM ledger_entry WHERE account='PRODUCER_PAYABLE' "
                        + "GROUP BY producer_id HAVING owed > 0 ORDER BY owed DESC, producer_id",
                ps -> {
                    List<Owed> owed = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            owed.add(new Owed(new ProducerId(rs.getLong(1)), rs.getLong(2)));
                        }
                    }
                    return owed;
                });
    }

    @Transactional
    public Optional<PayoutBatch> batch(long id) {
        return batches.findById(id).map(b -> toBatch(b, rows.findByBatchIdInOrderById(List.of(id))));
    }

    /** The twenty newest batches, newest first. */
    @Transactional
    public List<PayoutBatch> recentBatches() {
        List<PayoutBatchRow> recent = batches.findTop20OrderByIdDesc();
        if (recent.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PayoutRow>> byBatch =
                rows
                        .findByBatchIdInOrderById(
                                recent.stream().map(PayoutBatchRow::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(PayoutRow::batchId));
        return recent.stream()
                .map(b -> toBatch(b, byBatch.getOrDefault(b.id(), List.of())))
                .toList();
    }

    private static PayoutBatch toBatch(PayoutBatchRow batch, List<PayoutRow> payouts) {
        return new PayoutBatch(
                batch.id(),
                batch.officerAccount(),
                batch.createdAt(),
                payouts.stream()
                        .map(p -> new PayoutBatch.Paid(
                                p.id(), new ProducerId(p.producerId()), p.amountSatang(), p.bankReference()))
                        .toList());
    }

    private void lockProducer(long producer) {
        jdbc.prepareStatement("SELECT id FROM producer WHERE id=? FOR UPDATE", ps -> {
            ps.setLong(1, producer);
            return ps.executeQuery().next();
        });
    }

    @Transactional
    public PayoutReport report(ProducerId producer) {
        long[] sums = jdbc.prepareStatement(
                "SELECT "
                        + "COALESCE(SUM(CASE WHEN posting='PAYMENT' AND account IN "
                        + "('PLATFORM_CASH','PRODUCER_CASH','OUTLET_RECEIVABLE') THEN amount_satang END), 0), "
                        + "COALESCE(SUM(CASE WHEN posting='REFUND' AND account IN ('PLATFORM_CASH','PRODUCER_CASH') "
                        + "THEN -amount_satang END), 0), "
                        + "COALESCE(SUM(CASE WHEN account='PLATFORM_FEE' THEN -amount_satang END), 0), "
                        + "COALESCE(SUM(CASE WHEN posting='FUND_CONTRIBUTION' AND account='PRODUCER_PAYABLE' "
                        + "THEN amount_satang END), 0), "
                        + "COALESCE(SUM(CASE WHEN posting='DIRECT_SETTLEMENT' AND account='PRODUCER_PAYABLE' "
                        + "THEN amount_satang END), 0), "
                        + "COALESCE(SUM(CASE WHEN posting='PAYOUT' AND account='PRODUCER_PAYABLE' "
                        + "THEN amount_satang END), 0), "
                        + "COALESCE(SUM(CASE WHEN account='PRODUCER_PAYABLE' THEN -amount_satang END), 0) "
                        + "FROM ledger_entry WHERE producer_id=?",
                ps -> {
                    ps.setLong(1, producer.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        long[] values = new long[7];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getLong(i + 1);
                        }
                        return values;
                    }
                });
        return new PayoutReport(
                producer, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], payouts(producer));
    }

    private List<PayoutReport.Payout> payouts(ProducerId producer) {
        return rows.findByProducerIdOrderByIdDesc(producer.value()).stream()
                .map(p -> new PayoutReport.Payout(p.id(), p.amountSatang(), p.bankReference(), p.createdAt()))
                .toList();
    }

    private void entry(long payout, ProducerId producer, Account account, long amountSatang) {
        jdbc.prepareStatement(
                "INSERT INTO ledger_entry (posting, account, producer_id, amount_satang, payout_id) VALUES (?,?,?,?,?)",
                ps -> {
                    ps.setString(1, Posting.PAYOUT.name());
                    ps.setString(2, account.name());
                    ps.setLong(3, producer.value());
                    ps.setLong(4, amountSatang);
                    ps.setLong(5, payout);
                    return ps.executeUpdate();
                });
    }
}
