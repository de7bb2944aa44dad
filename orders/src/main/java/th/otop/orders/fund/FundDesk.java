package th.otop.orders.fund;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.CommunityDirectory.FundDetail;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.fundmanager.FundNotFoundException;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.Outlets;
import th.otop.orders.ledger.FundContributions;
import th.otop.orders.ledger.FundContributions.Contribution;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.CreditStatus;
import th.otop.orders.wholesale.FundMoney;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.Repayment;

/**
 * What a fund manager sees and does, always for the fund they manage: any outlet, invoice or statement of another fund
 * is {@link FundNotFoundException}, as is everything for an account that manages no fund. Each change is written to the
 * audit log in its own transaction, by the manager's account.
 */
@Singleton
public class FundDesk {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final FundManagers managers;
    private final CommunityDirectory directory;
    private final Outlets outlets;
    private final CreditLines credit;
    private final FundContributions contributions;
    private final AuditLog audit;

    FundDesk(
            FundManagers managers,
            CommunityDirectory directory,
            Outlets outlets,
            CreditLines credit,
            FundContributions contributions,
            AuditLog audit) {
        this.managers = managers;
        this.directory = directory;
        this.outlets = outlets;
        this.credit = credit;
        this.contributions = contributions;
        this.audit = audit;
    }

    /** The manager's fund and the money it circulated. */
    public record Overview(CommunityFund fund, FundMoney money, int overdueInvoices, long overdueSatang) {}

    /** An invoice drawn on the fund's credit, with its outlet and the repayments recorded on it. */
    public record InvoiceDetail(Invoice invoice, Outlet outlet, List<Repayment> repayments) {}

    /** An outlet's credit line with the invoices drawn on it. */
    public record OutletDetail(OutletCredit line, List<Invoice> invoices) {}

    @Transactional
    public Overview overview(long manager) {
        long fundId = fundOf(manager);
        List<Invoice> overdue = credit.overdueOfFund(fundId);
        return new Overview(
                detail(fundId).fund(),
                credit.fundMoney(fundId),
                overdue.size(),
                overdue.stream().mapToLong(Invoice::outstandingSatang).sum());
    }

    /** The producers and outlets linked to the fund. */
    @Transactional
    public FundDetail members(long manager) {
        return detail(fundOf(manager));
    }

    /** What each sale credited to the fund in the month. */
    @Transactional
    public List<Contribution> contributions(long manager, YearMonth month) {
        return contributions.creditedTo(
                fundOf(manager),
                month.atDay(1).atStartOfDay(BANGKOK).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(BANGKOK).toInstant());
    }

    /** Every outlet linked to the fund, and any outlet that still has a line from it, with its credit line. */
    @Transactional
    public List<OutletCredit> creditLines(long manager) {
        return lines(fundOf(manager));
    }

    @Transactional
    public OutletDetail outlet(long manager, String outletPublicId) {
        long fundId = fundOf(manager);
        Outlet outlet = outletOf(fundId, outletPublicId);
        List<Invoice> invoices = credit.invoicesOfOutlet(outlet.id()).stream()
                .filter(i -> i.fundId() == fundId)
                .toList();
        return new OutletDetail(new OutletCredit(outlet, credit.status(outlet.id())), invoices);
    }

    /** Grants the outlet a credit line, or changes its limit and days to pay (opening a closed line again). */
    @Transactional
    public CreditStatus grant(long manager, String outletPublicId, long limitSatang, int netDays) {
        long fundId = fundOf(manager);
        Outlet outlet = outletOf(fundId, outletPublicId);
        boolean existed = credit.status(outlet.id()).exists();
        CreditStatus status = credit.extend(fundId, outlet.id(), limitSatang, netDays);
        audit.record(
                manager,
                existed ? "fund.credit.change" : "fund.credit.grant",
                "outlet:" + outlet.publicId(),
                "limit_satang=" + limitSatang + " net_days=" + netDays);
        return status;
    }

    @Transactional
    public CreditStatus close(long manager, String outletPublicId) {
        long fundId = fundOf(manager);
        Outlet outlet = outletOf(fundId, outletPublicId);
        CreditStatus status = credit.close(fundId, outlet.id());
        audit.record(manager, "fund.credit.close", "outlet:" + outlet.publicId(), null);
        return status;
    }

    @Transactional
    public InvoiceDetail invoice(long manager, String invoicePublicId) {
        Invoice invoice = invoiceOf(fundOf(manager), invoicePublicId);
        return new InvoiceDetail(
                invoice, outlets.find(invoice.outletId()).orElseThrow(), credit.repaymentsOf(invoice.id()));
    }

    /** Records money the outlet paid back on the invoice; refused above what it still owes, naming that amount. */
    @Transactional
    public Invoice repay(long manager, String invoicePublicId, long amountSatang, String reference) {
        Invoice invoice = invoiceOf(fundOf(manager), invoicePublicId);
        Invoice repaid = credit.repay(invoice.publicId(), amountSatang, reference);
        audit.record(
                manager,
                "fund.repayment",
                "invoice:" + invoice.publicId(),
                "amount_satang=" + amountSatang + " reference=" + reference.strip());
        return repaid;
    }

    /** The fund's unpaid invoices past their due date, the longest overdue first. */
    @Transactional
    public List<InvoiceDetail> overdue(long manager) {
        Map<Long, Outlet> byId = new HashMap<>();
        return credit.overdueOfFund(fundOf(manager)).stream()
                .map(i -> new InvoiceDetail(
                        i,
                        byId.computeIfAbsent(
                                i.outletId(), id -> outlets.find(id).orElseThrow()),
                        List.of()))
                .toList();
    }

    /** The fund's statement for the month. */
    @Transactional
    public FundStatement statement(long manager, YearMonth month) {
        long fundId = fundOf(manager);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Invoice> invoices = credit.invoicesOfFund(fundId).stream()
                .filter(i -> !i.issuedOn().isBefore(from) && !i.issuedOn().isAfter(to))
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
        List<Repayment> repayments = credit.repaymentsOfFund(fundId).stream()
                .filter(r -> {
                    LocalDate day = LocalDate.ofInstant(r.recordedAt(), BANGKOK);
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
        List<OutletCredit> lines = lines(fundId);
        Map<Long, Outlet> byId = new LinkedHashMap<>();
        lines.forEach(l -> byId.put(l.outlet().id(), l.outlet()));
        invoices.forEach(
                i -> byId.computeIfAbsent(i.outletId(), id -> outlets.find(id).orElseThrow()));
        repayments.forEach(
                r -> byId.computeIfAbsent(r.outletId(), id -> outlets.find(id).orElseThrow()));
        return new FundStatement(
                detail(fundId).fund(),
                from,
                to,
                LocalDate.now(BANGKOK),
                contributions(manager, month),
                invoices,
                repayments,
                lines,
                byId);
    }

    private List<OutletCredit> lines(long fundId) {
        Map<Long, OutletCredit> byOutlet = new LinkedHashMap<>();
        for (Outlet outlet : outlets.backedBy(fundId)) {
            byOutlet.put(outlet.id(), new OutletCredit(outlet, credit.status(outlet.id())));
        }
        for (CreditStatus line : credit.linesOfFund(fundId)) {
            byOutlet.computeIfAbsent(
                    line.outletId(), id -> new OutletCredit(outlets.find(id).orElseThrow(), line));
        }
        return new ArrayList<>(byOutlet.values());
    }

    private long fundOf(long manager) {
        return managers.fundOf(manager).orElseThrow(() -> new FundNotFoundException("account " + manager));
    }

    private FundDetail detail(long fundId) {
        return directory.fund(fundId).orElseThrow(() -> new FundNotFoundException("fund " + fundId));
    }

    /** An outlet linked to the fund, or holding a line from it; any other is not found. */
    private Outlet outletOf(long fundId, String publicId) {
        return outlets.findByPublicId(publicId)
                .filter(o -> (o.fundId() != null && o.fundId() == fundId) || fundIdOfLine(o.id()) == fundId)
                .orElseThrow(() -> new FundNotFoundException("outlet " + publicId));
    }

    private long fundIdOfLine(long outletId) {
        Long lineFund = credit.status(outletId).fundId();
        return lineFund == null ? -1 : lineFund;
    }

    private Invoice invoiceOf(long fundId, String publicId) {
        return credit.invoice(publicId)
                .filter(i -> i.fundId() == fundId)
                .orElseThrow(() -> new FundNotFoundException("invoice " + publicId));
    }
}
