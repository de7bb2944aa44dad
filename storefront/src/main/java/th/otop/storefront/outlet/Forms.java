package th.otop.storefront.outlet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.validation.FieldError;
import th.otop.orders.Baht;

/** Small pieces the outlet pages share: error messages by field, options of a select, bilingual text and money. */
final class Forms {
    private Forms() {}

    public record Option(String value, String label) {}

    static Map<String, String> byField(List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(locale), (a, b) -> a + " " + b));
        return byField;
    }

    static boolean thai(Locale locale) {
        return locale == null || "th".equals(locale.getLanguage());
    }

    static String text(Locale locale, String th, String en) {
        return thai(locale) ? th : en;
    }

    static String pick(Locale locale, String th, String en) {
        return !thai(locale) && en != null && !en.isBlank() ? en : th;
    }

    /** Money for chart labels, as the pages show it: {@code 3,840.00 บาท} / {@code ฿3,840.00}. */
    static String baht(long satang, Locale locale) {
        return thai(locale) ? Baht.format(satang) + " บาท" : "฿" + Baht.format(satang);
    }

    static String percent(long part, long whole) {
        return whole <= 0 ? "0%" : Math.round(part * 100.0 / whole) + "%";
    }
}
