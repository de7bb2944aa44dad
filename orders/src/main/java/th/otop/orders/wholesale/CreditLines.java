package th.otop.orders.wholesale;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.validation.Checks;
import th.otop.orders.Baht;
import th.otop.orders.ledger.FundContributions;

/**
 * Credit lines that community funds extend to the outlets linked to them, the invoices drawn on them and their
 * repayment. Credit used is the sum of unpaid invoices, and equals the outlet's {@code OUTLET_RECEIVABLE} balance in the
 * ledger to the satang.
 */
@Singleton
public class CreditLines {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    public static final long MAX_LIMIT_SATANG = 100_000_000_00L;
    public static final int MAX_NET_DAYS = 120;

    private final JdbcOperations jdbc;
    private final WholesaleLedger ledger;
    private final FundContributions contributions;
    private final InvoiceNumbers numbers;

    CreditLines(JdbcOperations jdbc, WholesaleLedger ledger, FundContributions contributions, InvoiceNumbers numbers) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.contributions = contributions;
        this.numbers = numbers;
    }

    /** The fund extends (or changes, or opens again) the credit line of an outlet linked to it. */
    @Transactional
    public CreditStatus extend(long fundId, long outletId, long limitSatang, int netDays) {
        Long linkedFund = jdbc.prepareStatement("SELECT fund_id FROM outlet WHERE id = ?", ps -> {
            ps.setLong(1, outletId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, Long.class) : null;
            }
        });
        new Checks()
                .require(
                        linkedFund != null && linkedFund == fundId,
                        "fundId",
                        "ร้านนี้ไม่ได้เชื่อมโยงกับกองทุนนี้",
                        "This outlet is not linked to this fund")
                .require(
                        limitSatang > 0 && limitSatang <= MAX_LIMIT_SATANG,
                        "limit",
                        "วงเงินเครดิตต้องมากกว่า 0 และไม่เกิน " + Baht.format(MAX_LIMIT_SATANG) + " บาท",
                        "The credit limit must be more than 0 and at most " + Baht.format(MAX_LIMIT_SATANG) + " baht")
                .require(
                        netDays >= 1,
                        "netDays",
                        "ต้องให้เวลาชำระเงินอย่างน้อย 1 วัน จึงจะให้เครดิตได้",
                        "Credit needs at least 1 day to pay")
                .require(
                        netDays <= MAX_NET_DAYS,
                        "netDays",
                        "ให้เวลาชำระเงินได้ไม่เกิน " + MAX_NET_DAYS + " วัน",
                        "Credit gives at most " + MAX_NET_DAYS + " days to pay")
                .throwIfInvalid();
        jdbc.prepareStatement(
                "INSERT INTO credit_line (outlet_id, fund_id, limit_satang, net_days) VALUES (?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE fund_id = VALUES(fund_id), limit_satang = VALUES(limit_satang), "
                        + "net_days = VALUES(net_days), closed_at = NULL",
                ps -> {
                    ps.setLong(1, outletId);
                    ps.setLong(2, fundId);
                    ps.setLong(3, limitSatang);
                    ps.setInt(4, netDays);
                    return ps.executeUpdate();
                });
        return status(outletId);
    }

    /**
     * The fund closes the outlet's credit line: no new order goes on net terms; what the outlet owes stays owed and is
     * repaid as before. Closing a closed line changes nothing.
     */
    @Transactional
    public CreditStatus close(long fundId, long outletId) {
        CreditStatus status = lockedStatus(outletId);
        new Checks()
                .require(
                        status.exists() && status.fundId() == fundId,
                        "line",
                        "ร้านนี้ไม่มีวงเงินเครดิตจากกองทุนนี้",
                        "This outlet has no credit line from this fund")
                .throwIfInvalid();
        jdbc.prepareStatement(
                "UPDATE credit_line SET closed_at = CURRENT_TIMESTAMP(3) WHERE outlet_id = ? AND closed_at IS NULL",
                ps -> {
                    ps.setLong(1, outletId);
                    return ps.executeUpdate();
                });
        return status(outletId);
    }

    /** The credit lines a fund extends (open and closed), by outlet. */
    @Transactional
    public List<CreditStatus> linesOfFund(long fundId) {
        List<Long> outletIds =
                jdbc.prepareStatement("SELECT outlet_id FROM credit_line WHERE fund_id = ? ORDER BY outlet_id", ps -> {
                    ps.setLong(1, fundId);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
        return outletIds.stream().map(this::status).toList();
    }

    /** The invoices drawn on a fund's credit lines, newest first. */
    @Transactional
    public List<Invoice> invoicesOfFund(long fundId) {
        return invoices("fund_id = ? ORDER BY id DESC", List.of(fundId));
    }

    /** A fund's unpaid invoices past their due date, the longest overdue first. */
    @Transactional
    public List<Invoice> overdueOfFund(long fundId) {
        return invoices(
                "fund_id = ? AND amount_satang > repaid_satang AND due_on < ? ORDER BY due_on, id",
                List.of(fundId, today()));
    }

    /** The invoice with this public id, if any. */
    @Transactional
    public Optional<Invoice> invoice(String publicId) {
        return jdbc.prepareStatement("SELECT id FROM outlet_invoice WHERE public_id = ?", ps -> {
                    ps.setString(1, publicId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                    }
                })
                .map(id -> invoices("id = ?", List.of(id)).get(0));
    }

    /** Money recorded as paid back on an invoice, oldest first. */
    @Transactional
    public List<Repayment> repaymentsOf(long invoiceId) {
        return repayments("r.invoice_id = ?", invoiceId);
    }

    /** Every repayment on a fund's invoices, oldest first. */
    @Transactional
    public List<Repayment> repaymentsOfFund(long fundId) {
        return repayments("i.fund_id = ?", fundId);
    }

    @Transactional
    public CreditStatus status(long outletId) {
        return read(outletId, false);
    }

    /** In the caller's transaction, locking the credit line so two orders of one outlet cannot both use its last baht. */
    CreditStatus lockedStatus(long outletId) {
        return read(outletId, true);
    }

    /** Checks that an order of this amount may go on net terms now, with the limit remaining in the message. */
    void checkCanDraw(CreditStatus status, long amountSatang) {
        Checks checks = new Checks()
                .require(
                        !status.closed(),
                        "payment",
                        "กองทุนชุมชนปิดวงเงินเครดิตของร้านแล้ว กรุณาชำระก่อนด้วยพร้อมเพย์หรือโอนเงิน",
                        "The community fund closed the outlet's credit line: prepay by PromptPay or transfer")
                .require(
                        status.offersCredit() || status.closed(),
                        "payment",
                        "ร้านยังไม่มีวงเงินเครดิตจากกองทุนชุมชน กรุณาชำระก่อนด้วยพร้อมเพย์หรือโอนเงิน",
                        "The outlet has no credit line from a community fund yet: prepay by PromptPay or transfer");
        if (status.offersCredit()) {
            checks.require(
                            status.overdueInvoices() == 0,
                            "payment",
                            "มีใบแจ้งหนี้เกินกำหนดชำระ " + status.overdueInvoices() + " ใบ ยอด "
                                    + Baht.format(status.overdueSatang())
                                    + " บาท กรุณาชำระก่อนสั่งซื้อแบบเครดิต",
                            status.overdueInvoices() + " invoice(s) of " + Baht.format(status.overdueSatang())
                                    + " baht are overdue: pay them before ordering on net terms")
                    .require(
                            amountSatang <= status.availableSatang(),
                            "payment",
                            "ยอดสั่งซื้อ " + Baht.format(amountSatang) + " บาท เกินวงเงินเครดิตคงเหลือ "
                                    + Baht.format(status.availableSatang()) + " บาท",
                            "The order of " + Baht.format(amountSatang) + " baht is over the remaining credit limit of "
                                    + Baht.format(status.availableSatang()) + " baht");
        }
        checks.throwIfInvalid();
    }

    Invoice invoice(long purchaseOrderId, CreditStatus status, long amountSatang) {
        LocalDate today = today();
        String number = numbers.next(today);
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO outlet_invoice (public_id, invoice_number, purchase_order_id, outlet_id, fund_id, "
                        + "amount_satang, issued_on, due_on) VALUES (?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, PublicIds.next());
                    ps.setString(2, number);
                    ps.setLong(3, purchaseOrderId);
                    ps.setLong(4, status.outletId());
                    ps.setLong(5, status.fundId());
                    ps.setLong(6, amountSatang);
                    ps.setObject(7, today);
                    ps.setObject(8, today.plusDays(status.netDays()));
                });
        return invoices("id = ?", List.of(id)).get(0);
    }

    /** The outlet's invoices, newest first. */
    @Transactional
    public List<Invoice> invoicesOfOutlet(long outletId) {
        return invoices("outlet_id = ? ORDER BY id DESC", List.of(outletId));
    }

    Map<Long, Invoice> invoicesOf(List<Long> purchaseOrderIds) {
        Map<Long, Invoice> byPo = new HashMap<>();
        invoices(
                        "purchase_order_id IN (" + String.join(",", Collections.nCopies(purchaseOrderIds.size(), "?"))
                                + ")",
                        purchaseOrderIds)
                .forEach(i -> byPo.put(i.purchaseOrderId(), i));
        return byPo;
    }

    /** The fund (or an officer for it) records money an outlet paid back on an invoice. */
    @Transactional
    public Invoice repay(String invoicePublicId, long amountSatang, String reference) {
        Optional<Invoice> found = jdbc.prepareStatement(
                        "SELECT id FROM outlet_invoice WHERE public_id = ? FOR UPDATE", ps -> {
                            ps.setString(1, invoicePublicId);
                            try (ResultSet rs = ps.executeQuery()) {
                                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                            }
                        })
                .map(id -> invoices("id = ?", List.of(id)).get(0));
        Invoice invoice = found.orElseThrow(() -> new PurchaseOrderNotFoundException(invoicePublicId));
        new Checks()
                .require(
                        amountSatang > 0 && amountSatang <= invoice.outstandingSatang(),
                        "amount",
                        "ยอดชำระต้องมากกว่า 0 และไม่เกินยอดค้าง " + Baht.format(invoice.outstandingSatang()) + " บาท",
                        "The amount must be more than 0 and at most the outstanding "
                                + Baht.format(invoice.outstandingSatang()) + " baht")
                .notBlank(reference, "reference", "เลขที่อ้างอิงการชำระ", "The payment reference")
                .maxLength(reference, 100, "reference", "เลขที่อ้างอิงการชำระ", "The payment reference")
                .throwIfInvalid();
        jdbc.prepareStatement("UPDATE outlet_invoice SET repaid_satang = repaid_satang + ? WHERE id = ?", ps -> {
            ps.setLong(1, amountSatang);
            ps.setLong(2, invoice.id());
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(
                "INSERT INTO credit_repayment (invoice_id, amount_satang, reference) VALUES (?,?,?)", ps -> {
                    ps.setLong(1, invoice.id());
                    ps.setLong(2, amountSatang);
                    ps.setString(3, reference.strip());
                    return ps.executeUpdate();
                });
        ledger.repayment(invoice, amountSatang);
        return invoices("id = ?", List.of(invoice.id())).get(0);
    }

    /** What the outlet owes according to the ledger; equal to its credit used. */
    @Transactional
    public long receivableOf(long outletId) {
        return jdbc.prepareStatement(
                "SELECT COALESCE(SUM(amount_satang), 0) FROM ledger_entry WHERE account = 'OUTLET_RECEIVABLE' AND outlet_id = ?",
                ps -> {
                    ps.setLong(1, outletId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** The public summary of the money a fund circulated through the marketplace. */
    @Transactional
    public FundMoney fundMoney(long fundId) {
        long[] credit = jdbc.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(limit_satang), 0) FROM credit_line WHERE fund_id = ?", ps -> {
                    ps.setLong(1, fundId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });
        long[] drawn = jdbc.prepareStatement(
                "SELECT COALESCE(SUM(amount_satang), 0), COALESCE(SUM(repaid_satang), 0) FROM outlet_invoice "
                        + "WHERE fund_id = ?",
                ps -> {
                    ps.setLong(1, fundId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });
        return new FundMoney(
                fundId,
                contributions.contributedTo(fundId),
                (int) credit[0],
                credit[1],
                drawn[0],
                drawn[1],
                drawn[0] - drawn[1]);
    }

    static LocalDate today() {
        return LocalDate.now(BANGKOK);
    }

    private CreditStatus read(long outletId, boolean lock) {
        Optional<long[]> line = jdbc.prepareStatement(
                "SELECT fund_id, limit_satang, net_days, closed_at IS NOT NULL FROM credit_line WHERE outlet_id = ?"
                        + (lock ? " FOR UPDATE" : ""),
                ps -> {
                    ps.setLong(1, outletId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new long[] {
                                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4) ? 1 : 0
                                })
                                : Optional.<long[]>empty();
                    }
                });
        if (line.isEmpty()) {
            return CreditStatus.none(outletId);
        }
        long[] used = jdbc.prepareStatement(
                "SELECT COALESCE(SUM(amount_satang - repaid_satang), 0), "
                        + "COALESCE(SUM(CASE WHEN due_on < ? AND amount_satang > repaid_satang THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN due_on < ? THEN amount_satang - repaid_satang ELSE 0 END), 0) "
                        + "FROM outlet_invoice WHERE outlet_id = ?",
                ps -> {
                    LocalDate today = today();
                    ps.setObject(1, today);
                    ps.setObject(2, today);
                    ps.setLong(3, outletId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                    }
                });
        long[] l = line.get();
        return new CreditStatus(outletId, l[0], l[1], used[0], (int) l[2], (int) used[1], used[2], l[3] == 1);
    }

    private List<Repayment> repayments(String where, long id) {
        return jdbc.prepareStatement(
                "SELECT r.id, i.public_id, i.invoice_number, i.outlet_id, r.amount_satang, r.reference, r.created_at "
                        + "FROM credit_repayment r JOIN outlet_invoice i ON i.id = r.invoice_id WHERE " + where
                        + " ORDER BY r.id",
                ps -> {
                    ps.setLong(1, id);
                    List<Repayment> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Repayment(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getString(6),
                                    rs.getTimestamp(7).toInstant()));
                        }
                    }
                    return list;
                });
    }

    private List<Invoice> invoices(String where, List<?> args) {
        return jdbc.prepareStatement(
                "SELECT id, public_id, invoice_number, purchase_order_id, outlet_id, fund_id, amount_satang, repaid_satang, issued_on, "
                        + "due_on FROM outlet_invoice WHERE " + where,
                ps -> {
                    for (int i = 0; i < args.size(); i++) {
                        ps.setObject(i + 1, args.get(i));
                    }
                    List<Invoice> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(invoice(rs));
                        }
                    }
                    return list;
                });
    }

    private static Invoice invoice(ResultSet rs) throws SQLException {
        return new Invoice(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getString("invoice_number"),
                rs.getLong("purchase_order_id"),
                rs.getLong("outlet_id"),
                rs.getLong("fund_id"),
                rs.getLong("amount_satang"),
                rs.getLong("repaid_satang"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class));
    }
}
