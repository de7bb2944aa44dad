package th.otop.orders.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.outlet.Outlet;
import th.otop.orders.ledger.FundContributions.Contribution;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.Repayment;

/**
 * A fund's statement for one month: what sales credited to it, the credit outlets drew (invoices issued) and repaid in
 * the month, and each credit line as it stands on the day the statement is made.
 *
 * @param to the month's last day, inclusive
 * @param outlets the outlets the invoices, repayments and lines name, by id
 */
public record FundStatement(
        CommunityFund fund,
        LocalDate from,
        LocalDate to,
        LocalDate madeOn,
        List<Contribution> contributions,
        List<Invoice> invoices,
        List<Repayment> repayments,
        List<OutletCredit> lines,
        Map<Long, Outlet> outlets) {

    public long contributedSatang() {
        return contributions.stream().mapToLong(Contribution::amountSatang).sum();
    }

    public long drawnSatang() {
        return invoices.stream().mapToLong(Invoice::amountSatang).sum();
    }

    public long repaidSatang() {
        return repayments.stream().mapToLong(Repayment::amountSatang).sum();
    }

    /** What outlets owe the fund on the day the statement is made. */
    public long outstandingSatang() {
        return lines.stream().mapToLong(l -> l.credit().usedSatang()).sum();
    }

    public String outletName(long outletId) {
        Outlet outlet = outlets.get(outletId);
        return outlet == null ? "#" + outletId : outlet.nameTh();
    }
}
