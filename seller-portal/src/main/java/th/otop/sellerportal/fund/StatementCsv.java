package th.otop.sellerportal.fund;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.otop.orders.fund.FundStatement;
import th.otop.orders.fund.OutletCredit;
import th.otop.orders.ledger.FundContributions.Contribution;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.Repayment;
import th.otop.sellerportal.web.Formats;

/**
 * A fund's statement as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Thai), one row per movement of
 * the month and per credit line, then the totals; amounts in baht. The {@code kind} column says what a row is.
 */
final class StatementCsv {
    static final List<String> COLUMNS =
            List.of("date", "kind", "party", "reference", "amount_baht", "outstanding_baht", "net_days", "status");

    private StatementCsv() {}

    static String of(FundStatement s) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(out)) {
            for (Contribution c : s.contributions()) {
                printer.printRecord(
                        LocalDate.ofInstant(c.at(), Formats.BANGKOK),
                        "contribution",
                        c.producerNameTh(),
                        c.reference(),
                        baht(c.amountSatang()),
                        "",
                        "",
                        c.wholesale() ? "wholesale" : "retail");
            }
            for (Invoice i : s.invoices()) {
                printer.printRecord(
                        i.issuedOn(),
                        "credit_drawn",
                        s.outletName(i.outletId()),
                        i.number(),
                        baht(i.amountSatang()),
                        baht(i.outstandingSatang()),
                        "",
                        "due " + i.dueOn());
            }
            for (Repayment r : s.repayments()) {
                printer.printRecord(
                        LocalDate.ofInstant(r.recordedAt(), Formats.BANGKOK),
                        "repayment",
                        s.outletName(r.outletId()),
                        r.invoiceNumber() + " " + r.reference(),
                        baht(r.amountSatang()),
                        "",
                        "",
                        "");
            }
            for (OutletCredit line : s.lines()) {
                printer.printRecord(
                        s.madeOn(),
                        "credit_line",
                        line.outlet().nameTh(),
                        line.outlet().publicId(),
                        baht(line.credit().limitSatang()),
                        baht(line.credit().usedSatang()),
                        line.credit().exists() ? line.credit().netDays() : "",
                        !line.credit().exists() ? "none" : line.credit().closed() ? "closed" : "open");
            }
            printer.printRecord(s.to(), "total_contributions", "", "", baht(s.contributedSatang()), "", "", "");
            printer.printRecord(s.to(), "total_credit_drawn", "", "", baht(s.drawnSatang()), "", "", "");
            printer.printRecord(s.to(), "total_repaid", "", "", baht(s.repaidSatang()), "", "", "");
            printer.printRecord(s.madeOn(), "total_outstanding", "", "", "", baht(s.outstandingSatang()), "", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String baht(long satang) {
        return BigDecimal.valueOf(satang, 2).toPlainString();
    }
}
