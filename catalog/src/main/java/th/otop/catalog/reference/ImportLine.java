package th.otop.catalog.reference;

import java.util.Map;

/** One data line of an import file: its line number in the file and its cells by column name. */
public record ImportLine(long line, Map<String, String> cells) {
    String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
