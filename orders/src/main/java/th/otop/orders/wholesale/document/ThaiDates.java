package th.otop.orders.wholesale.document;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;

/** Dates as Thai documents write them: {@code 24 พฤศจิกายน พ.ศ. 2569} (Buddhist era, CE + 543). */
public final class ThaiDates {
    private static final String[] MONTHS = {
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"
    };

    private ThaiDates() {}

    public static String format(LocalDate date) {
        ThaiBuddhistDate thai = ThaiBuddhistDate.from(date);
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " พ.ศ. "
                + thai.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
    }
}
