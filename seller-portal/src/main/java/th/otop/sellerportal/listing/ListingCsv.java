package th.otop.sellerportal.listing;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/**
 * Listings as CSV (UTF-8, opens in spreadsheet programs). On import each row stands alone: good rows are
 * saved, bad rows are reported by line with every problem, and nothing of a bad row is saved. OTOP stars are an
 * officer's grade: a star column (as older exports had) is never read, and each line that fills one is warned about.
 */
@Singleton
class ListingCsv {
    static final String ID = "id";
    /** Column names, in order; the same names as the form fields. */
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>();
        columns.add(ID);
        columns.addAll(ListingForm.FIELDS);
        COLUMNS = List.copyOf(columns);
    }

    static final int MAX_ROWS = 5_000;

    /** Columns of the officer's grade that a file may still carry; compared ignoring case. */
    static final List<String> IGNORED_STAR_COLUMNS = List.of("stars", "starYear");

    private final Products products;

    ListingCsv(Products products) {
        this.products = products;
    }

    String export(ProducerId producer) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so spreadsheet programs read Thai as UTF-8
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(out)) {
            for (Product product : products.listByProducer(producer)) {
                Map<String, String> form = ListingForm.of(product);
                List<String> row = new ArrayList<>();
                row.add(product.publicId());
                ListingForm.FIELDS.forEach(field -> row.add(form.get(field)));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    record RowError(long line, List<FieldError> errors) {
        String message(Locale locale) {
            return String.join(
                    "; ",
                    errors.stream()
                            .map(e -> e.field() + ": " + e.message(locale))
                            .toList());
        }
    }

    /** A line whose {@code column} held a value that was not imported. */
    record RowWarning(long line, String column) {}

    record Result(int created, int updated, int unchanged, List<RowError> errors, List<RowWarning> warnings) {}

    Result importFrom(ProducerId producer, Reader reader) {
        Map<String, Product> own = new HashMap<>();
        products.listByProducer(producer).forEach(p -> own.put(p.publicId(), p));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<RowError> errors = new ArrayList<>();
        List<RowWarning> warnings = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > MAX_ROWS) {
                    errors.add(new RowError(
                            line,
                            List.of(new FieldError(
                                    "file",
                                    "ไฟล์มีได้ไม่เกิน " + MAX_ROWS + " แถว",
                                    "At most " + MAX_ROWS + " rows"))));
                    break;
                }
                Map<String, String> row = new HashMap<>();
                record.toMap().forEach((k, v) -> row.put(k.replace("\uFEFF", "").strip(), v));
                long lineNumber = record.getRecordNumber() + 1;
                row.forEach((column, value) -> {
                    if (value != null
                            && !value.isBlank()
                            && IGNORED_STAR_COLUMNS.stream().anyMatch(column::equalsIgnoreCase)) {
                        warnings.add(new RowWarning(lineNumber, column));
                    }
                });
                try {
                    String id = row.getOrDefault(ID, "").strip();
                    if (id.isEmpty()) {
                        products.create(producer, ListingForm.draft(row));
                        created++;
                    } else {
                        Product product = Optional.ofNullable(own.get(id))
                                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError(
                                        ID,
                                        "ไม่พบสินค้ารหัส " + id + " ในร้านของคุณ",
                                        "No product " + id + " in your shop"))));
                        if (products.update(producer, product.id(), ListingForm.draft(row))) {
                            updated++;
                        } else {
                            unchanged++;
                        }
                    }
                } catch (InvalidInputException e) {
                    errors.add(new RowError(lineNumber, e.errors()));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new RowError(
                    0,
                    List.of(new FieldError(
                            "file",
                            "อ่านไฟล์ CSV ไม่ได้: ตรวจสอบว่าเป็นไฟล์ CSV แบบ UTF-8 ที่มีหัวคอลัมน์",
                            "Cannot read the CSV file: check it is UTF-8 CSV with a header row"))));
        }
        warnings.sort(java.util.Comparator.comparingLong(RowWarning::line).thenComparing(RowWarning::column));
        return new Result(created, updated, unchanged, errors, warnings);
    }
}
