package th.otop.sellerportal.officer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.ledger.PayoutBatch;
import th.otop.sellerportal.web.Formats;

/**
 * Payout lists for the bank and the books, as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Thai);
 * amounts in baht. Names a producer typed are written so a spreadsheet never runs them as a formula.
 */
final class PayoutsCsv {
    static final List<String> OWED_COLUMNS = List.of("producer_id", "producer", "promptpay_id", "owed_baht");
    static final List<String> BATCH_COLUMNS =
            List.of("batch", "date", "payout", "producer_id", "producer", "promptpay_id", "amount_baht", "reference");

    private PayoutsCsv() {}

    static String owed(List<PayoutsController.OwedRow> owed) {
        return write(OWED_COLUMNS, printer -> {
            for (PayoutsController.OwedRow row : owed) {
                printer.printRecord(
                        row.producer().publicId(),
                        text(row.producer().nameTh()),
                        text(row.producer().promptPayId()),
                        baht(row.balanceSatang()));
            }
        });
    }

    static String batch(PayoutBatch batch, Function<ProducerId, Producer> producers) {
        LocalDate day = LocalDate.ofInstant(batch.recordedAt(), Formats.BANGKOK);
        return write(BATCH_COLUMNS, printer -> {
            for (PayoutBatch.Paid paid : batch.payouts()) {
                Producer producer = producers.apply(paid.producer());
                printer.printRecord(
                        batch.id(),
                        day,
                        paid.id(),
                        producer == null ? "" : producer.publicId(),
                        producer == null ? "" : text(producer.nameTh()),
                        producer == null ? "" : text(producer.promptPayId()),
                        baht(paid.amountSatang()),
                        text(paid.bankReference()));
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(List<String> columns, Rows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(columns.toArray(String[]::new))
                .get()
                .print(out)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A leading =, +, - or @ makes a spreadsheet evaluate the cell; a quote mark keeps it text. */
    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String baht(long satang) {
        return BigDecimal.valueOf(satang, 2).toPlainString();
    }
}
