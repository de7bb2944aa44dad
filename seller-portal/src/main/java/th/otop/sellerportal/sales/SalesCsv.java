package th.otop.sellerportal.sales;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.otop.sellerportal.web.Formats;

/** Sold lines as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Thai); amounts in baht. */
@Singleton
class SalesCsv {
    static final List<String> COLUMNS = List.of(
            "date",
            "order",
            "status",
            "payment",
            "product",
            "quantity",
            "unit_price_baht",
            "line_baht",
            "province",
            "carrier",
            "tracking_number");

    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String of(List<SalesFigures.SaleLine> lines, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(out)) {
            for (SalesFigures.SaleLine line : lines) {
                printer.printRecord(
                        ISO_LOCAL.format(line.at().atZone(Formats.BANGKOK)),
                        line.orderPublicId(),
                        line.status().label(locale),
                        line.paymentMethod(),
                        line.titleTh(),
                        line.quantity(),
                        BigDecimal.valueOf(line.unitPriceSatang(), 2).toPlainString(),
                        BigDecimal.valueOf(line.lineSatang(), 2).toPlainString(),
                        line.provinceTh(),
                        line.carrier() == null ? "" : line.carrier(),
                        line.trackingNumber() == null ? "" : line.trackingNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
