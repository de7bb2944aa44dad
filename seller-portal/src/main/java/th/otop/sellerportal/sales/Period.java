package th.otop.sellerportal.sales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** How sales are grouped over time, each with how many of the latest buckets the chart shows. */
enum Period {
    DAY(30, "DATE(o.created_at + INTERVAL 7 HOUR)"),
    WEEK(12, "DATE(o.created_at + INTERVAL 7 HOUR) - INTERVAL WEEKDAY(o.created_at + INTERVAL 7 HOUR) DAY"),
    MONTH(12, "DATE_FORMAT(o.created_at + INTERVAL 7 HOUR, '%Y-%m-01')");

    /** How many buckets, ending with the current one. */
    final int buckets;
    /** The SQL of a bucket's first day in Bangkok time (UTC+7, no daylight saving), from {@code o.created_at}. */
    final String sqlStart;

    Period(int buckets, String sqlStart) {
        this.buckets = buckets;
        this.sqlStart = sqlStart;
    }

    /** The first day of the bucket holding {@code day}: the day itself, its Monday, its month's first. */
    LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    LocalDate first(LocalDate today) {
        return next(startOf(today), -(buckets - 1));
    }

    LocalDate next(LocalDate start, int steps) {
        return switch (this) {
            case DAY -> start.plus(steps, ChronoUnit.DAYS);
            case WEEK -> start.plus(steps, ChronoUnit.WEEKS);
            case MONTH -> start.plus(steps, ChronoUnit.MONTHS);
        };
    }

    static Period parse(String value) {
        for (Period p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        return DAY;
    }
}
