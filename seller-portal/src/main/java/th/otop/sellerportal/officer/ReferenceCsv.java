package th.otop.sellerportal.officer;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.otop.catalog.reference.ImportLine;
import th.otop.catalog.reference.ReferenceKind;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/** Reads a reference-data CSV file (UTF-8, header row, a byte-order mark allowed) into numbered lines. */
final class ReferenceCsv {
    static final int MAX_LINES = 20_000;

    private ReferenceCsv() {}

    /** The data lines, numbered as in the file (the header is line 1); a missing column stops the whole file. */
    static List<ImportLine> read(ReferenceKind kind, String text) {
        List<ImportLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(text.replace("\uFEFF", "")))) {
            List<String> missing = kind.columns().stream()
                    .filter(c -> !"action".equals(c))
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw invalid(
                        "ไฟล์ขาดคอลัมน์: " + String.join(", ", missing),
                        "The file lacks the columns: " + String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_LINES) {
                    throw invalid(
                            "ไฟล์มีได้ไม่เกิน " + MAX_LINES + " แถว",
                            "A file may hold at most " + MAX_LINES + " lines");
                }
                Map<String, String> cells = new HashMap<>();
                record.toMap().forEach((k, v) -> cells.put(k.strip(), v));
                lines.add(new ImportLine(record.getRecordNumber() + 1, cells));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw invalid(
                    "อ่านไฟล์ CSV ไม่ได้: ตรวจสอบว่าเป็นไฟล์ CSV แบบ UTF-8 ที่มีหัวคอลัมน์",
                    "Cannot read the CSV file: check it is UTF-8 CSV with a header row");
        }
        if (lines.isEmpty()) {
            throw invalid("ไฟล์ไม่มีข้อมูล", "The file has no data lines");
        }
        return lines;
    }

    private static InvalidInputException invalid(String th, String en) {
        return new InvalidInputException(List.of(new FieldError("file", th, en)));
    }
}
