package th.otop.sellerportal.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.Bilingual;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.ledger.Payouts;
import th.otop.orders.order.OrderStatus;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Shop;

/** The producer's sales dashboard: charts, money owed and paid out, and the CSV of every sold line. */
@Produces(MediaType.TEXT_HTML)
@Controller("/sales")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SalesController {
    private final SalesFigures figures;
    private final SalesCsv csv;
    private final Payouts payouts;
    private final Ledger ledger;
    private final Shop shop;
    private final Formats formats;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    SalesController(
            SalesFigures figures,
            SalesCsv csv,
            Payouts payouts,
            Ledger ledger,
            Shop shop,
            Formats formats,
            HttpLocaleResolver locales) {
        this.figures = figures;
        this.csv = csv;
        this.payouts = payouts;
        this.ledger = ledger;
        this.shop = shop;
        this.formats = formats;
        this.locales = locales;
        this.clock = Clock.system(Formats.BANGKOK);
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> dashboard(
            HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String period) {
        ProducerId producer = shop.id(authentication);
        Locale locale = locales.resolveOrDefault(request);
        Period by = Period.parse(period);
        List<SalesFigures.Bucket> buckets = figures.over(producer, by, LocalDate.now(clock));

        Map<String, Object> model = new HashMap<>();
        model.put("period", by.name());
        model.put("periods", Period.values());
        model.put(
                "overTime",
                SvgChart.columns(
                        buckets.stream()
                                .map(b -> new SvgChart.Point(
                                        bucketLabel(by, b.start(), locale), b.satang(), formats.baht(b.satang())))
                                .toList(),
                        by == Period.DAY ? 7 : 3));
        model.put(
                "periodSatang",
                buckets.stream().mapToLong(SalesFigures.Bucket::satang).sum());
        model.put(
                "periodOrders",
                buckets.stream().mapToInt(SalesFigures.Bucket::orders).sum());

        model.put(
                "topProducts",
                SvgChart.rows(figures.topProducts(producer, 5).stream()
                        .map(p -> new SvgChart.Point(
                                Bilingual.pick(locale, p.titleTh(), p.titleEn()),
                                p.satang(),
                                formats.baht(p.satang()) + " · " + p.units()))
                        .toList()));

        Map<OrderStatus, Long> statuses = figures.byStatus(producer);
        List<OrderStatus> shown = statuses.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
        model.put(
                "byStatus",
                SvgChart.rows(
                        shown.stream()
                                .map(s -> new SvgChart.Point(
                                        s.label(locale), statuses.get(s), String.valueOf(statuses.get(s))))
                                .toList(),
                        shown.stream()
                                .map(s -> "bar status-" + s.name().toLowerCase(Locale.ROOT))
                                .toList()));

        SalesFigures.ChannelShare channels = figures.channels(producer);
        model.put("outletsKnown", channels.outletSatang().isPresent());
        model.put("channels", SvgChart.rows(channelPoints(channels, locale), List.of("bar", "bar outlet")));

        model.put(
                "provinces",
                SvgChart.rows(figures.byProvince(producer, 10).stream()
                        .map(p -> new SvgChart.Point(
                                Bilingual.pick(locale, p.nameTh(), p.nameEn()),
                                p.satang(),
                                formats.baht(p.satang()) + " · " + p.orders()))
                        .toList()));

        model.put("money", payouts.report(producer));
        model.put("balance", ledger.balanceOf(producer));
        return HttpResponse.ok(new ModelAndView<>("sales/dashboard", model));
    }

    @Get(value = "/export.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> export(HttpRequest<?> request, Authentication authentication) {
        ProducerId producer = shop.id(authentication);
        return HttpResponse.ok(csv.of(figures.lines(producer), locales.resolveOrDefault(request)))
                .header("Content-Disposition", "attachment; filename=\"sales.csv\"");
    }

    private List<SvgChart.Point> channelPoints(SalesFigures.ChannelShare channels, Locale locale) {
        boolean th = "th".equals(locale.getLanguage());
        long total = channels.totalSatang();
        SvgChart.Point consumer = new SvgChart.Point(
                th ? "ผู้บริโภค" : "Consumers",
                channels.consumerSatang(),
                formats.baht(channels.consumerSatang()) + percent(channels.consumerSatang(), total));
        return channels.outletSatang()
                .map(outlet -> List.of(
                        consumer,
                        new SvgChart.Point(
                                th ? "ร้านค้าประชารัฐสุขใจ" : "Sukjai Shop outlets",
                                outlet,
                                formats.baht(outlet) + percent(outlet, total))))
                .orElse(List.of(consumer));
    }

    private static String percent(long part, long total) {
        return total == 0 ? "" : " · " + Math.round(part * 100.0 / total) + "%";
    }

    private static String bucketLabel(Period period, LocalDate start, Locale locale) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(period == Period.MONTH ? "MMM yy" : "d MMM", locale);
        if ("th".equals(locale.getLanguage())) {
            formatter = formatter.withChronology(ThaiBuddhistChronology.INSTANCE);
        }
        return formatter.format(start);
    }
}
