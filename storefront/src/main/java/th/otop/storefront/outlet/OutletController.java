package th.otop.storefront.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundProposal;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Place;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.product.Category;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.CreditStatus;
import th.otop.orders.wholesale.OutletPurchases;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.webkit.address.AddressPicker;
import th.otop.webkit.security.Roles;
import th.otop.webkit.security.SignedIn;

/**
 * An outlet signs up (a signed-in consumer account becomes its owner) and then sees its dashboard: a banner while an
 * officer has not verified it yet; once verified its credit line, what it bought by producer, province and category, and
 * the share from sammachip-linked and ungraded producers, as server-drawn SVG charts.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/outlet")
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletController {
    private final OutletAccess access;
    private final Outlets outlets;
    private final OutletMembers members;
    private final Geography geography;
    private final CommunityDirectory directory;
    private final CreditLines credit;
    private final OutletPurchases purchases;
    private final PurchaseOrders purchaseOrders;
    private final HttpLocaleResolver locales;
    private final AddressPicker picker;

    OutletController(
            OutletAccess access,
            Outlets outlets,
            OutletMembers members,
            Geography geography,
            CommunityDirectory directory,
            CreditLines credit,
            OutletPurchases purchases,
            PurchaseOrders purchaseOrders,
            HttpLocaleResolver locales,
            AddressPicker picker) {
        this.access = access;
        this.outlets = outlets;
        this.members = members;
        this.geography = geography;
        this.directory = directory;
        this.credit = credit;
        this.purchases = purchases;
        this.purchaseOrders = purchaseOrders;
        this.locales = locales;
        this.picker = picker;
    }

    @Secured({Roles.CONSUMER, Roles.OUTLET})
    @Get("/signup")
    HttpResponse<?> signUpForm(HttpRequest<?> request, Authentication authentication) {
        if (members.of(SignedIn.account(authentication).id()).isPresent()) {
            return HttpResponse.seeOther(URI.create("/outlet"));
        }
        return HttpResponse.ok(signUpView(Map.of(), List.of(), locales.resolveOrDefault(request)));
    }

    @Secured({Roles.CONSUMER, Roles.OUTLET})
    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(
            @Body @Nullable Map<String, String> body, HttpRequest<?> request, Authentication authentication) {
        Map<String, String> form = body == null ? Map.of() : body;
        Locale locale = locales.resolveOrDefault(request);
        long account = SignedIn.account(authentication).id();
        if (AddressPicker.isChooseStep(form)) {
            // the address picker without JavaScript: the same form again with the next level's options
            return HttpResponse.ok(signUpView(form, List.of(), locale));
        }
        try {
            Integer province = Draft.quantity(form.get("provinceId"));
            Place place = new Place(
                    province == null ? 0 : province,
                    form.get("district"),
                    form.get("subdistrict"),
                    form.getOrDefault("postcode", ""));
            geography.check(place, new Checks()).throwIfInvalid();
            String fund = form.getOrDefault("fundId", "");
            outlets.signUp(
                    account,
                    new OutletApplication(
                            form.getOrDefault("nameTh", ""),
                            form.get("nameEn"),
                            place.provinceId(),
                            addressOf(form.getOrDefault("address", ""), place),
                            form.getOrDefault("operatorOrganisation", ""),
                            fund.matches("\\d{1,18}") ? Long.valueOf(fund) : null),
                    proposedFund(form));
            return HttpResponse.seeOther(URI.create("/outlet?welcome=1"));
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(signUpView(form, e.errors(), locale));
        }
    }

    @Secured(Roles.OUTLET)
    @Get
    HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication) {
        Locale locale = locales.resolveOrDefault(request);
        OutletMember member = access.member(authentication);
        Outlet outlet = access.outlet(member);
        Map<String, Object> model = new HashMap<>();
        model.put("outlet", outlet);
        model.put("member", member);
        model.put("statusLabel", outlet.status().label(locale));
        model.put("province", provinceName(outlet.provinceId(), locale));
        model.put("welcome", request.getParameters().contains("welcome"));
        if (outlet.isVerified()) {
            CreditStatus status = credit.status(outlet.id());
            OutletPurchases.Figures figures = purchases.of(member);
            model.put("credit", status);
            model.put("figures", figures);
            model.put("creditChart", creditChart(status, locale));
            model.put("producerChart", chart(locale, "outlet.chart.byProducer", figures.byProducer(), false));
            model.put("provinceChart", chart(locale, "outlet.chart.byProvince", figures.byProvince(), false));
            model.put("categoryChart", chart(locale, "outlet.chart.byCategory", figures.byCategory(), true));
            model.put("shareChart", shareChart(figures, locale));
            model.put("recent", purchaseOrders.list(member).stream().limit(5).toList());
        }
        return HttpResponse.ok(new ModelAndView<>("outlet/dashboard", model)).header("Cache-Control", "no-store");
    }

    /** The fund typed in when it is not in the list: none unless a name was typed. */
    private static FundProposal proposedFund(Map<String, String> form) {
        String name = form.getOrDefault("fundNameTh", "");
        if (name.isBlank()) {
            return null;
        }
        FundKind kind = Arrays.stream(FundKind.values())
                .filter(k -> k.name().equals(form.get("fundKind")))
                .findFirst()
                .orElse(null);
        String village = form.getOrDefault("fundVillage", "");
        return new FundProposal(kind, name, null, village.isBlank() ? null : village.strip());
    }

    /**
     * The outlet's address as one text, the way invoices and delivery notes print it (they add the province): an empty
     * line stays empty so the sign-up asks for it.
     */
    private static String addressOf(String line, Place place) {
        return line.isBlank()
                ? ""
                : String.join(
                        " ",
                        line.strip(),
                        place.subdistrict().strip(),
                        place.district().strip(),
                        place.postcode().strip());
    }

    private ModelAndView<Map<String, Object>> signUpView(
            Map<String, String> form, List<FieldError> errors, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", Forms.byField(errors, locale));
        model.put("errorList", errors.stream().map(e -> e.message(locale)).toList());
        model.put("address", picker.choices(form));
        model.put("fundKinds", FundKind.values());
        model.put(
                "funds",
                directory.funds(null).stream()
                        .map(f -> new Forms.Option(
                                String.valueOf(f.id()),
                                (Forms.pick(locale, f.nameTh(), f.nameEn())) + " · "
                                        + provinceName(f.provinceId(), locale)))
                        .toList());
        return new ModelAndView<>("outlet/signup", model);
    }

    private String provinceName(int id, Locale locale) {
        return geography.province(id).map(p -> p.name(locale)).orElse("");
    }

    static BarChart creditChart(CreditStatus status, Locale locale) {
        return BarChart.of(
                Forms.text(locale, "วงเงินเครดิต", "Credit line"),
                List.of(
                        new BarChart.Entry(
                                Forms.text(locale, "ใช้ไปแล้ว", "Used"),
                                status.usedSatang(),
                                Forms.baht(status.usedSatang(), locale)),
                        new BarChart.Entry(
                                Forms.text(locale, "คงเหลือ", "Available"),
                                status.availableSatang(),
                                Forms.baht(status.availableSatang(), locale))),
                status.limitSatang());
    }

    static BarChart shareChart(OutletPurchases.Figures figures, Locale locale) {
        long total = figures.totalSatang();
        return BarChart.of(
                Forms.text(locale, "สัดส่วนการซื้อ", "Share of purchases"),
                List.of(
                        new BarChart.Entry(
                                Forms.text(locale, "จากผู้ผลิตสัมมาชีพ", "From sammachip-linked producers"),
                                figures.sammachipSatang(),
                                Forms.percent(figures.sammachipSatang(), total)),
                        new BarChart.Entry(
                                Forms.text(locale, "สินค้ายังไม่ได้รับการคัดสรร (กลุ่ม D)", "Ungraded (group D)"),
                                figures.ungradedSatang(),
                                Forms.percent(figures.ungradedSatang(), total))),
                total);
    }

    private static BarChart chart(Locale locale, String key, List<OutletPurchases.Slice> slices, boolean category) {
        String title =
                switch (key) {
                    case "outlet.chart.byProducer" -> Forms.text(locale, "ยอดซื้อตามผู้ผลิต", "Purchases by producer");
                    case "outlet.chart.byProvince" -> Forms.text(locale, "ยอดซื้อตามจังหวัด", "Purchases by province");
                    default -> Forms.text(locale, "ยอดซื้อตามหมวดสินค้า", "Purchases by category");
                };
        return BarChart.of(
                title,
                slices.stream()
                        .map(s -> new BarChart.Entry(
                                category
                                        ? Category.valueOf(s.key()).label(locale)
                                        : Forms.pick(locale, s.labelTh(), s.labelEn()),
                                s.satang(),
                                Forms.baht(s.satang(), locale)))
                        .toList(),
                0);
    }
}
