package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.geography.Region;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.report.ReportFilter;
import th.otop.sellerportal.web.Formats;

/**
 * The reports' filter as the form sends it: whole Bangkok days from {@code from} to {@code to} (both
 * included), optionally a region and a province. Without dates, the last 30 days.
 */
record ReportPeriod(LocalDate from, LocalDate to, @Nullable Region region, @Nullable Integer provinceId) {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3 * 366;

    static ReportPeriod lastDays(int days) {
        LocalDate today = LocalDate.now(Formats.BANGKOK);
        return new ReportPeriod(today.minusDays(days - 1L), today, null, null);
    }

    /** Reads the query; a wrong value is reported per field in Thai and English, nothing is guessed. */
    static ReportPeriod parse(
            @Nullable String from, @Nullable String to, @Nullable String region, @Nullable String province) {
        ReportPeriod fallback = lastDays(DEFAULT_DAYS);
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(from, fallback.from(), "from", errors);
        LocalDate end = date(to, fallback.to(), "to", errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new FieldError(
                    "to", "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น", "The end date cannot be before the start date"));
        }
        if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            errors.add(new FieldError("to", "ช่วงเวลายาวได้ไม่เกิน 3 ปี", "The period can be at most 3 years"));
        }
        Region chosenRegion = null;
        if (region != null && !region.isBlank()) {
            try {
                chosenRegion = Region.valueOf(region.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("region", "ไม่มีภาคนี้", "There is no such region"));
            }
        }
        Integer chosenProvince = null;
        if (province != null && !province.isBlank()) {
            if (province.strip().matches("\\d{1,3}")) {
                chosenProvince = Integer.valueOf(province.strip());
            } else {
                errors.add(new FieldError("province", "ไม่มีจังหวัดนี้", "There is no such province"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReportPeriod(start, end, chosenRegion, chosenProvince);
    }

    private static LocalDate date(@Nullable String value, LocalDate fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= 2000 && date.getYear() <= 2200) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "กรุณาเลือกวันที่ให้ถูกต้อง", "Choose a valid date"));
        return fallback;
    }

    ReportFilter filter() {
        return new ReportFilter(
                from.atStartOfDay(Formats.BANGKOK).toInstant(),
                to.plusDays(1).atStartOfDay(Formats.BANGKOK).toInstant(),
                region,
                provinceId);
    }

    /** The same filter as a query string, for the CSV links. */
    String query() {
        StringBuilder query = new StringBuilder("from=" + from + "&to=" + to);
        if (region != null) {
            query.append("&region=").append(region.name());
        }
        if (provinceId != null) {
            query.append("&province=").append(provinceId);
        }
        return query.toString();
    }

    /** A file name part: {@code 2025-01-01_2025-01-31}. */
    String fileName() {
        return URLEncoder.encode(from + "_" + to, StandardCharsets.UTF_8);
    }
}
