package th.otop.storefront.outlet;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Region;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.product.Category;
import th.otop.catalog.search.WholesaleSearch;
import th.otop.catalog.wholesale.WholesaleQuery;
import th.otop.catalog.wholesale.WholesaleResults;
import th.otop.webkit.security.Roles;

/**
 * The wholesale catalogue, for verified outlets only: tier prices, minimums and case packs, searched like the consumer
 * search, with filters and their counts ("from my province/region", sammachip-linked, fund-linked, accepts net terms).
 * Each product can be added to the purchase order being drafted.
 */
@Secured(Roles.OUTLET)
@Produces(MediaType.TEXT_HTML)
@Controller("/outlet/catalogue")
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesaleCatalogueController {
    private final OutletAccess access;
    private final WholesaleSearch search;
    private final Geography geography;
    private final HttpLocaleResolver locales;

    WholesaleCatalogueController(
            OutletAccess access, WholesaleSearch search, Geography geography, HttpLocaleResolver locales) {
        this.access = access;
        this.search = search;
        this.geography = geography;
        this.locales = locales;
    }

    /** The filters as typed in the address; unknown values are ignored rather than refused. */
    public record Filters(
            String q,
            Category category,
            Region region,
            Integer province,
            String near,
            boolean sammachip,
            boolean fund,
            boolean netTerms,
            int page) {
        static Filters from(HttpParameters p) {
            String q = p.get("q");
            return new Filters(
                    q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 100)),
                    enumOf(Category.class, p.get("category")),
                    enumOf(Region.class, p.get("region")),
                    Draft.quantity(p.get("province")),
                    "province".equals(p.get("near")) || "region".equals(p.get("near")) ? p.get("near") : null,
                    "1".equals(p.get("sammachip")),
                    "1".equals(p.get("fund")),
                    "1".equals(p.get("netTerms")),
                    Math.min(
                            1000,
                            Math.max(0, Draft.quantity(p.get("page")) == null ? 0 : Draft.quantity(p.get("page")))));
        }

        WholesaleQuery query(Outlet outlet, Geography geography) {
            Region home = geography
                    .province(outlet.provinceId())
                    .map(pv -> pv.region())
                    .orElse(null);
            Integer provinceId = "province".equals(near) ? Integer.valueOf(outlet.provinceId()) : province;
            Region r = "region".equals(near) ? home : region;
            return new WholesaleQuery(
                    q, category, provinceId, r, sammachip, fund, netTerms, page, outlet.provinceId(), home);
        }

        private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
            return value == null
                    ? null
                    : Arrays.stream(type.getEnumConstants())
                            .filter(e -> e.name().equals(value))
                            .findFirst()
                            .orElse(null);
        }
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        Locale locale = locales.resolveOrDefault(request);
        OutletMember member = access.verified(authentication);
        Outlet outlet = access.outlet(member);
        Filters filters = Filters.from(request.getParameters());
        WholesaleResults results = search.search(filters.query(outlet, geography));
        Draft draft = Draft.parse(request.getParameters().get("draft"));
        Map<String, Object> model = new HashMap<>();
        model.put("filters", filters);
        model.put("listings", results.listings());
        model.put("total", results.total());
        model.put("facets", results.facets());
        model.put("draft", draft.encode());
        model.put("draftSize", draft.size());
        model.put(
                "categories",
                Arrays.stream(Category.values())
                        .map(c -> new Forms.Option(
                                c.name(),
                                c.label(locale) + " ("
                                        + results.facets().categories().getOrDefault(c, 0L) + ")"))
                        .toList());
        model.put(
                "regions",
                Arrays.stream(Region.values())
                        .map(r -> new Forms.Option(r.name(), r.label(locale)))
                        .toList());
        model.put(
                "provinceNames",
                geography.provinces().stream()
                        .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.name(locale))));
        model.put("morePages", results.hasMorePages());
        model.put(
                "myProvince",
                geography.province(outlet.provinceId()).map(p -> p.name(locale)).orElse(""));
        return HttpResponse.ok(new ModelAndView<>("outlet/catalogue", model)).header("Cache-Control", "no-store");
    }
}
