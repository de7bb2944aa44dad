package th.otop.storefront.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats thai = new Formats(Locale.forLanguageTag("th-TH"));
    private final Formats english = new Formats(Locale.ENGLISH);

    @Test
    void bahtInThaiDropsZeroSatangAndUsesTheWord() {
        assertEquals("1,250 บาท", thai.baht(125_000));
        assertEquals("1,250.50 บาท", thai.baht(125_050));
        assertEquals("0.05 บาท", thai.baht(5));
        assertEquals("-80 บาท", thai.baht(-8_000));
    }

    @Test
    void bahtInEnglishUsesTheSignAndTwoDecimals() {
        assertEquals("฿1,250.00", english.baht(125_000));
        assertEquals("฿1,234,567.89", english.baht(123_456_789));
        assertEquals("1,250.00", english.amount(125_000));
    }

    @Test
    void numbersAreGroupedByThousandsInBothLanguages() {
        assertEquals("0", thai.number(0));
        assertEquals("999", english.number(999));
        assertEquals("1,000", thai.number(1_000));
        assertEquals("12,345", english.number(12_345));
        assertEquals("123,456,789", thai.number(123_456_789));
        assertEquals("-1,234", english.number(-1_234));
        assertEquals("-123", english.number(-123));
        assertEquals("-9,223,372,036,854,775,808", thai.number(Long.MIN_VALUE));
        assertEquals("-0.05", english.amount(-5));
    }

    @Test
    void thaiDatesAreInTheBuddhistEra() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertEquals("24 พฤศจิกายน 2569", thai.date(day));
        assertEquals("24 พ.ย. 2569", thai.shortDate(day));
        assertEquals("24 November 2026", english.date(day));
        assertEquals("2567", thai.year(2024));
        assertEquals("2024", english.year(2024));
    }

    @Test
    void instantsAreShownInBangkokTime() {
        Instant lateUtc = Instant.parse("2026-12-31T20:30:00Z");
        assertEquals("1 ม.ค. 2570 03:30 น.", thai.dateTime(lateUtc));
        assertEquals("1 Jan 2027, 03:30", english.dateTime(lateUtc));
        assertEquals("2027-01-01", english.isoDate(lateUtc));
    }

    @Test
    void picksTheEnglishTextOnlyWhenThereIsOne() {
        assertEquals("Silk", english.pick("ผ้าไหม", "Silk"));
        assertEquals("ผ้าไหม", english.pick("ผ้าไหม", " "));
        assertEquals("ผ้าไหม", thai.pick("ผ้าไหม", "Silk"));
    }
}
