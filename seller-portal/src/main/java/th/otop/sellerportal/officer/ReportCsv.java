package th.otop.sellerportal.officer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.otop.catalog.product.Category;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.report.ComplaintReport;
import th.otop.orders.report.FairExposureReport;
import th.otop.orders.report.SalesReport;
import th.otop.orders.survey.Satisfaction;

/**
 * The reports as CSV: one figure a row ({@code measure,item,label,value}), baht with two decimals (exact, from
 * satang), shares as fractions with four decimals. UTF-8 with a byte-order mark, so spreadsheet programs read
 * the Thai labels.
 */
final class ReportCsv {
    static final String BOM = "\uFEFF";
    private static final String[] HEADER = {"measure", "item", "label", "value"};

    private ReportCsv() {}

    static String sales(SalesReport sales, Locale locale) {
        return write(csv -> {
            csv.printRecord("orders", "all", "", sales.orders());
            csv.printRecord("gmv_baht", "all", "", baht(sales.gmvSatang()));
            csv.printRecord("orders", "channel:outlet", "", sales.outletOrders());
            csv.printRecord("gmv_baht", "channel:consumer", "", baht(sales.gmvSatang()));
            csv.printRecord("gmv_baht", "channel:outlet", "", baht(sales.outletSatang()));
            csv.printRecord("gmv_baht", "channel:all", "", baht(sales.allChannelsSatang()));
            csv.printRecord(
                    "share",
                    "channel:outlet",
                    "",
                    fraction(ReportsController.share(sales.outletSatang(), sales.allChannelsSatang())));
            for (Category category : Category.values()) {
                csv.printRecord(
                        "gmv_baht",
                        "category:" + category.name(),
                        category.label(locale),
                        baht(sales.byCategory().getOrDefault(category, 0L)));
            }
            for (int stars = 5; stars >= 0; stars--) {
                csv.printRecord(
                        "gmv_baht",
                        "stars:" + stars,
                        stars == 0 ? "group D" : stars + " stars",
                        baht(sales.byStars().getOrDefault(stars, 0L)));
            }
            csv.printRecord("gmv_baht", "group_d", "", baht(sales.groupDSatang()));
            csv.printRecord("gmv_baht", "sammachip", "", baht(sales.sammachipSatang()));
            csv.printRecord(
                    "share", "group_d", "", fraction(ReportsController.share(sales.groupDSatang(), sales.gmvSatang())));
            csv.printRecord(
                    "share",
                    "sammachip",
                    "",
                    fraction(ReportsController.share(sales.sammachipSatang(), sales.gmvSatang())));
        });
    }

    static String exposure(FairExposureReport report) {
        return write(csv -> {
            csv.printRecord("impressions", "all", "", report.impressions());
            csv.printRecord("exposure_share", "group_d", "", fraction(report.groupDExposureShare()));
            csv.printRecord("sales_share", "group_d", "", fraction(report.groupDSalesShare()));
            csv.printRecord("exposure_share", "sammachip", "", fraction(report.sammachipExposureShare()));
            csv.printRecord("sales_share", "sammachip", "", fraction(report.sammachipSalesShare()));
        });
    }

    static String complaints(ComplaintReport report) {
        return write(csv -> {
            csv.printRecord("opened", "all", "", report.opened());
            for (ComplaintCategory category : ComplaintCategory.values()) {
                csv.printRecord(
                        "opened",
                        "category:" + category.name(),
                        "",
                        report.byCategory().getOrDefault(category, 0L));
            }
            csv.printRecord("resolved", "all", "", report.resolved());
            csv.printRecord("escalated", "all", "", report.escalated());
            csv.printRecord("average_first_reply_hours", "all", "", decimal(report.averageFirstReplyHours()));
            csv.printRecord("average_resolution_hours", "all", "", decimal(report.averageResolutionHours()));
            csv.printRecord("average_satisfaction", "all", "", decimal(report.averageSatisfaction()));
        });
    }

    static String satisfaction(List<Satisfaction> rows) {
        return write(csv -> {
            for (Satisfaction row : rows) {
                String item = row.segment().name() + ":" + (row.returning() ? "returning" : "new");
                csv.printRecord("invited", item, "", row.invited());
                csv.printRecord("answered", item, "", row.answered());
                csv.printRecord("average_score", item, "", decimal(row.averageScore()));
            }
        });
    }

    static HttpResponse<String> download(String name, String body) {
        return HttpResponse.ok(body)
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }

    /** Exact baht from satang: 154000 satang is "1540.00". */
    static String baht(long satang) {
        return BigDecimal.valueOf(satang, 2).toPlainString();
    }

    private static String fraction(double share) {
        return String.format(Locale.ROOT, "%.4f", share);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String write(Rows rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
