package th.otop.orders.complaint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Response-time targets count working days in Thailand (Monday to Friday, Bangkok time). Public holidays
 * are not modelled: a target that falls after one is a day early, never late.
 */
final class WorkingDays {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private WorkingDays() {}

    static Instant after(Instant start, int days) {
        ZonedDateTime at = start.atZone(BANGKOK);
        int added = 0;
        while (added < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return at.toInstant();
    }
}
