package th.otop.sellerportal.web;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and dates as Thai users read them: baht with two decimals, Buddhist-era years in Thai. */
@Singleton
public class Formats {
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    public String baht(long satang) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "฿" + format.format(BigDecimal.valueOf(satang, 2));
    }

    /** The price as typed in a form: "150.00". */
    public String plainBaht(long satang) {
        return BigDecimal.valueOf(satang, 2).toPlainString();
    }

    public String date(Instant instant, Locale locale) {
        return formatter("d MMM yyyy", locale).format(instant.atZone(BANGKOK));
    }

    /** A calendar day such as an invoice's due date. */
    public String day(LocalDate date, Locale locale) {
        return formatter("d MMM yyyy", locale).format(date);
    }

    public String dateTime(Instant instant, Locale locale) {
        return formatter("d MMM yyyy HH:mm", locale).format(instant.atZone(BANGKOK));
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, locale);
        return "th".equals(locale.getLanguage())
                ? formatter.withChronology(ThaiBuddhistChronology.INSTANCE)
                : formatter;
    }

    /** Parses "1,250.50" or "1250" baht into satang; empty when it is not a price. */
    public static java.util.OptionalLong satang(String baht) {
        if (baht == null || baht.isBlank()) {
            return java.util.OptionalLong.empty();
        }
        try {
            BigDecimal value = new BigDecimal(baht.strip().replace(",", "").replace("฿", ""));
            if (value.scale() > 2 || value.abs().compareTo(BigDecimal.valueOf(100_000_000L)) > 0) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(value.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalLong.empty();
        }
    }

    static int buddhistYear(Instant instant) {
        return ThaiBuddhistDate.from(instant.atZone(BANGKOK)).get(java.time.temporal.ChronoField.YEAR);
    }
}
