package th.otop.orders.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.Checks;

/** Transfers of what the platform owes to producers, made by bank transfer and recorded here, and the report. */
@Singleton
public class Payouts {
    private final JdbcOperations jdbc;
    private final Ledger ledger;

    Payouts(JdbcOperations jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Records a transfer to the producer; never more than the platform owes them. */
    @Transactional
    public long record(ProducerId producer, long amountSatang, String bankReference) {
        // one payout of a producer at a time, so two officers cannot both pay out the same balance
        jdbc.prepareStatement("SELECT id FROM producer WHERE id=? FOR UPDATE", ps -> {
            ps.setLong(1, producer.value());
            return ps.executeQuery().next();
        });
        long balance = ledger.balanceOf(producer);
        new Checks()
                .require(
                        amountSatang > 0 && amountSatang <= balance,
                        "amount",
                        "ยอดโอนต้องมากกว่า 0 และไม่เกินยอดค้างจ่าย " + balance / 100.0 + " บาท",
                        "The amount must be more than 0 and at most the balance of " + balance / 100.0 + " baht")
                .notBlank(bankReference, "bankReference", "เลขที่อ้างอิงการโอน", "The bank reference")
                .maxLength(bankReference, 100, "bankReference", "เลขที่อ้างอิงการโอน", "The bank reference")
                .throwIfInvalid();
        long payout = GeneratedKeys.insert(
                jdbc, "INSERT INTO payout (producer_id, amount_satang, bank_reference) VALUES (?,?,?)", ps -> {
                    ps.setLong(1, producer.value());
                    ps.setLong(2, amountSatang);
                    ps.setString(3, bankReference);
                });
        entry(payout, producer, Account.PRODUCER_PAYABLE, amountSatang);
        entry(payout, producer, Account.PLATFORM_CASH, -amountSatang);
        return payout;
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
                        long[] values = new long[6];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getLong(i + 1);
                        }
                        return values;
                    }
                });
        return new PayoutReport(producer, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], payouts(producer));
    }

    private List<PayoutReport.Payout> payouts(ProducerId producer) {
        return jdbc.prepareStatement(
                "SELECT id, amount_satang, bank_reference, created_at FROM payout WHERE producer_id=? ORDER BY id DESC",
                ps -> {
                    ps.setLong(1, producer.value());
                    List<PayoutReport.Payout> payouts = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            payouts.add(new PayoutReport.Payout(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant()));
                        }
                    }
                    return payouts;
                });
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
