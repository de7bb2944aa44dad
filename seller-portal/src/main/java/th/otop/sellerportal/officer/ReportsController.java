package th.otop.sellerportal.officer;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.report.ComplaintReport;
import th.otop.orders.report.FairExposureReport;
import th.otop.orders.report.ReportFilter;
import th.otop.orders.report.Reports;
import th.otop.orders.report.SalesReport;
import th.otop.orders.survey.Satisfaction;
import th.otop.orders.survey.Surveys;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * The officers' reports for a period, region and province: sales by category and star grade (group D
 * included) with the sammachip share, consumer sales against Sukjai Shop outlets' wholesale orders, fair exposure (exposure share against sales share), complaint handling
 * and satisfaction by segment. Charts are inline SVG drawn on the server; each report downloads as CSV.
 */
@Controller("/officer/reports")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportsController {
    private final Reports reports;
    private final Surveys surveys;
    private final Geography geography;
    private final Formats formats;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    ReportsController(
            Reports reports,
            Surveys surveys,
            Geography geography,
            Formats formats,
            MessageSource messages,
            HttpLocaleResolver locales) {
        this.reports = reports;
        this.surveys = surveys;
        this.geography = geography;
        this.formats = formats;
        this.messages = messages;
        this.locales = locales;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(
            HttpRequest<?> request,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String province) {
        Locale locale = locales.resolveOrDefault(request);
        Map<String, String> form = new HashMap<>();
        form.put("from", from == null ? "" : from);
        form.put("to", to == null ? "" : to);
        form.put("region", region == null ? "" : region);
        form.put("province", province == null ? "" : province);
        try {
            ReportPeriod period = ReportPeriod.parse(from, to, region, province);
            return HttpResponse.ok(new ModelAndView<>("officer/reports", model(period, locale, form)));
        } catch (InvalidInputException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("form", form);
            model.put("regions", Region.values());
            model.put("provinces", Geography.inReadingOrder(geography.provinces(), locale));
            model.put("errors", Forms.messages(e.errors(), locale));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("officer/reports", model));
        }
    }

    @Get("/sales.csv")
    @Produces("text/csv")
    HttpResponse<?> salesCsv(
            HttpRequest<?> request,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String province) {
        ReportPeriod period = ReportPeriod.parse(from, to, region, province);
        return ReportCsv.download(
                "sales-" + period.fileName(),
                ReportCsv.sales(reports.sales(period.filter()), locales.resolveOrDefault(request)));
    }

    @Get("/exposure.csv")
    @Produces("text/csv")
    HttpResponse<?> exposureCsv(
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String province) {
        ReportPeriod period = ReportPeriod.parse(from, to, region, province);
        return ReportCsv.download(
                "fair-exposure-" + period.fileName(), ReportCsv.exposure(reports.fairExposure(period.filter())));
    }

    @Get("/complaints.csv")
    @Produces("text/csv")
    HttpResponse<?> complaintsCsv(
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String province) {
        ReportPeriod period = ReportPeriod.parse(from, to, region, province);
        return ReportCsv.download(
                "complaints-" + period.fileName(), ReportCsv.complaints(reports.complaints(period.filter())));
    }

    @Get("/satisfaction.csv")
    @Produces("text/csv")
    HttpResponse<?> satisfactionCsv(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, null, null);
        ReportFilter filter = period.filter();
        return ReportCsv.download(
                "satisfaction-" + period.fileName(),
                ReportCsv.satisfaction(surveys.bySegment(filter.from(), filter.to())));
    }

    @io.micronaut.http.annotation.Error(exception = InvalidInputException.class)
    HttpResponse<?> badCsvFilter(HttpRequest<?> request, InvalidInputException e) {
        Locale locale = locales.resolveOrDefault(request);
        return HttpResponse.badRequest(
                        String.join("\n", Forms.messages(e.errors(), locale).values()))
                .contentType(MediaType.TEXT_PLAIN_TYPE);
    }

    private Map<String, Object> model(ReportPeriod period, Locale locale, Map<String, String> form) {
        ReportFilter filter = period.filter();
        SalesReport sales = reports.sales(filter);
        FairExposureReport exposure = reports.fairExposure(filter);
        ComplaintReport complaints = reports.complaints(filter);
        List<Satisfaction> satisfaction = surveys.bySegment(filter.from(), filter.to());

        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        form.put("from", period.from().toString());
        form.put("to", period.to().toString());
        model.put("periodFrom", filter.from());
        model.put("periodLastDay", filter.to().minusSeconds(1));
        model.put("region", period.region());
        model.put("query", period.query());
        model.put("regions", Region.values());
        model.put("provinces", Geography.inReadingOrder(geography.provinces(), locale));
        model.put(
                "province",
                period.provinceId() == null
                        ? null
                        : geography.province(period.provinceId()).orElse(null));
        model.put("sales", sales);
        model.put("sammachipShare", percent(share(sales.sammachipSatang(), sales.gmvSatang())));
        model.put("groupDShare", percent(share(sales.groupDSatang(), sales.gmvSatang())));
        model.put("consumerShare", percent(share(sales.gmvSatang(), sales.allChannelsSatang())));
        model.put("outletShare", percent(share(sales.outletSatang(), sales.allChannelsSatang())));
        model.put("byChannel", byChannel(sales, locale));
        model.put("byCategory", byCategory(sales, locale));
        model.put("byStars", byStars(sales, locale));
        model.put("exposure", exposure);
        model.put("exposureChart", exposureChart(exposure, locale));
        model.put("complaints", complaints);
        model.put("complaintChart", complaintChart(complaints, locale));
        model.put("satisfaction", satisfaction);
        model.put("satisfactionChart", satisfactionChart(satisfaction, locale));
        return model;
    }

    private BarChart byChannel(SalesReport sales, Locale locale) {
        return BarChart.titled(text("officer.reports.byChannel", locale))
                .series(text("officer.reports.consumers", locale), text("officer.reports.outlets", locale))
                .bar(text("officer.reports.consumers", locale), sales.gmvSatang(), formats.baht(sales.gmvSatang()), 0)
                .bar(
                        text("officer.reports.outlets", locale),
                        sales.outletSatang(),
                        formats.baht(sales.outletSatang()),
                        1)
                .build();
    }

    private BarChart byCategory(SalesReport sales, Locale locale) {
        BarChart.Builder chart = BarChart.titled(text("officer.reports.byCategory", locale));
        for (Category category : Category.values()) {
            long satang = sales.byCategory().getOrDefault(category, 0L);
            chart.bar(category.label(locale), satang, formats.baht(satang));
        }
        return chart.build();
    }

    private BarChart byStars(SalesReport sales, Locale locale) {
        BarChart.Builder chart = BarChart.titled(text("officer.reports.byStars", locale));
        for (int stars = 5; stars >= 0; stars--) {
            long satang = sales.byStars().getOrDefault(stars, 0L);
            String label = stars == 0
                    ? text("officer.grade.groupD", locale)
                    : messages.getMessage("officer.grade.stars", locale, stars).orElse(stars + "★");
            chart.bar(label, satang, formats.baht(satang), stars == 0 ? 1 : 0);
        }
        return chart.build();
    }

    private BarChart exposureChart(FairExposureReport exposure, Locale locale) {
        String seen = text("officer.reports.exposureShare", locale);
        String sold = text("officer.reports.salesShare", locale);
        String groupD = text("officer.grade.groupD", locale);
        String sammachip = text("officer.reports.sammachip", locale);
        return BarChart.titled(text("officer.reports.fairExposure", locale))
                .series(seen, sold)
                .scale(1.0)
                .bar(groupD + " · " + seen, exposure.groupDExposureShare(), percent(exposure.groupDExposureShare()), 0)
                .bar(groupD + " · " + sold, exposure.groupDSalesShare(), percent(exposure.groupDSalesShare()), 1)
                .bar(
                        sammachip + " · " + seen,
                        exposure.sammachipExposureShare(),
                        percent(exposure.sammachipExposureShare()),
                        0)
                .bar(
                        sammachip + " · " + sold,
                        exposure.sammachipSalesShare(),
                        percent(exposure.sammachipSalesShare()),
                        1)
                .build();
    }

    private BarChart complaintChart(ComplaintReport complaints, Locale locale) {
        BarChart.Builder chart = BarChart.titled(text("officer.reports.complaintsByCategory", locale));
        for (ComplaintCategory category : ComplaintCategory.values()) {
            long count = complaints.byCategory().getOrDefault(category, 0L);
            chart.bar(text("officer.complaint.category." + category.name(), locale), count, Long.toString(count));
        }
        return chart.build();
    }

    private BarChart satisfactionChart(List<Satisfaction> rows, Locale locale) {
        BarChart.Builder chart = BarChart.titled(text("officer.reports.satisfaction", locale))
                .series(text("officer.reports.new", locale), text("officer.reports.returning", locale))
                .scale(5.0);
        List<Satisfaction> sorted = new ArrayList<>(rows);
        for (Satisfaction row : sorted) {
            chart.bar(
                    text("officer.segment." + row.segment().name(), locale) + " · "
                            + text(row.returning() ? "officer.reports.returning" : "officer.reports.new", locale),
                    row.averageScore(),
                    String.format(Locale.ROOT, "%.2f / 5 (%d)", row.averageScore(), row.answered()),
                    row.returning() ? 1 : 0);
        }
        return chart.build();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, locale).orElse(code);
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
