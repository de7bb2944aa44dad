package th.otop.storefront.site;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Money, numbers and dates as a Thai or an English reader expects them: {@code 1,250 บาท} and Buddhist-era dates
 * ({@code 24 พ.ย. 2569}) in Thai, {@code ฿1,250.00} and Common-era dates in English. Templates reach it as
 * {@code #fmt} (see {@link FormatsDialect}); money is integer satang throughout.
 */
public final class Formats {
    /** Thai time, which is where every order, stock change and delivery of the marketplace happens. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final Locale locale;
    private final boolean thai;

    public Formats(Locale locale) {
        this.locale = locale == null ? THAI : locale;
        this.thai = "th".equals(this.locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public boolean isThai() {
        return thai;
    }

    /** {@code 1,250 บาท} / {@code 1,250.50 บาท} in Thai; {@code ฿1,250.00} in English. */
    public String baht(long satang) {
        String sign = satang < 0 ? "-" : "";
        long abs = Math.abs(satang);
        String whole = grouped(abs / 100);
        String cents = cents(abs);
        if (thai) {
            return sign + whole + (abs % 100 == 0 ? "" : "." + cents) + " บาท";
        }
        return sign + "฿" + whole + "." + cents;
    }

    /** Baht with two decimals and no currency sign or word, for amounts on payment screens and forms. */
    public String amount(long satang) {
        String sign = satang < 0 ? "-" : "";
        long abs = Math.abs(satang);
        return sign + grouped(abs / 100) + "." + cents(abs);
    }

    /** Both languages group thousands with commas ({@code 12,345}), as {@code NumberFormat} does for th-TH and UK. */
    public String number(long value) {
        return grouped(value);
    }

    /**
     * Digits in groups of three joined by commas. By hand because {@code String.format("%,d")} and {@code
     * NumberFormat} build their locale's symbols on every call, some 6 % of the product and search pages' rendering.
     */
    static String grouped(long value) {
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, start);
        int firstGroup = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, start, start + firstGroup);
        for (int i = start + firstGroup; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static String cents(long satang) {
        long cents = satang % 100;
        return cents < 10 ? "0" + cents : Long.toString(cents);
    }

    /** {@code 24 พฤศจิกายน 2569} / {@code 24 November 2026}. */
    public String date(@Nullable Object when) {
        return format(when, "d MMMM yyyy");
    }

    /** {@code 24 พ.ย. 2569} / {@code 24 Nov 2026}. */
    public String shortDate(@Nullable Object when) {
        return format(when, "d MMM yyyy");
    }

    /** {@code 24 พ.ย. 2569 17:05 น.} / {@code 24 Nov 2026, 17:05}. */
    public String dateTime(@Nullable Object when) {
        return when == null ? "" : thai ? format(when, "d MMM yyyy HH:mm") + " น." : format(when, "d MMM yyyy, HH:mm");
    }

    /** A calendar year as the reader counts it: 2024 is 2567 in Thai (พ.ศ.). */
    public String year(int commonEra) {
        return String.valueOf(thai ? commonEra + 543 : commonEra);
    }

    /** The ISO date, for {@code <time datetime>} and structured data. */
    public String isoDate(@Nullable Object when) {
        TemporalAccessor t = temporal(when);
        return t == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.from(t));
    }

    /** The title in the reader's language when there is one; Thai otherwise. */
    public String pick(@Nullable String thaiText, @Nullable String englishText) {
        return !thai && englishText != null && !englishText.isBlank() ? englishText : thaiText;
    }

    private String format(@Nullable Object when, String pattern) {
        TemporalAccessor t = temporal(when);
        if (t == null) {
            return "";
        }
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, thai ? THAI : Locale.UK);
        if (thai) {
            formatter = formatter.withChronology(ThaiBuddhistChronology.INSTANCE);
        }
        return formatter.format(t);
    }

    @Nullable
    private static TemporalAccessor temporal(@Nullable Object when) {
        if (when instanceof Instant instant) {
            return instant.atZone(BANGKOK);
        }
        if (when instanceof TemporalAccessor accessor) {
            return accessor;
        }
        if (when instanceof java.util.Date date) {
            return date.toInstant().atZone(BANGKOK);
        }
        return null;
    }
}
