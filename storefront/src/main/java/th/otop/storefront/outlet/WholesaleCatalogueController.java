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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Region;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.product.Category;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleListing;
import th.otop.catalog.wholesale.WholesaleQuery;
import th.otop.webkit.security.Roles;

/**
 * The wholesale catalogue, for verified outlets only: tier prices, minimums and case packs, filters like the consumer
 * search plus "from my province/region", sammachip-linked, fund-linked and accepts net terms. Each product can be added
 * to the purchase order being drafted.
 */
@Secured(Roles.OUTLET)
@Produces(MediaType.TEXT_HTML)
@Controller("/outlet/catalogue")
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesaleCatalogueController {
    private final OutletAccess access;
    private final WholesaleCatalogue catalogue;
    private final Geography geography;
    private final HttpLocaleResolver locales;

    WholesaleCatalogueController(
            OutletAccess access, WholesaleCatalogue catalogue, Geography geography, HttpLocaleResolver locales) {
        this.access = access;
        this.catalogue = catalogue;
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
            Integer provinceId = "province".equals(near) ? Integer.valueOf(outlet.provinceId()) : province;
            Region r = "region".equals(near)
                    ? geography
                            .province(outlet.provinceId())
                            .map(pv -> pv.region())
                            .orElse(null)
                    : region;
            return new WholesaleQuery(q, category, provinceId, r, sammachip, fund, netTerms, page);
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
        List<WholesaleListing> listings = catalogue.list(filters.query(outlet, geography));
        Draft draft = Draft.parse(request.getParameters().get("draft"));
        Map<String, Object> model = new HashMap<>();
        model.put("filters", filters);
        model.put("listings", listings);
        model.put("draft", draft.encode());
        model.put("draftSize", draft.size());
        model.put(
                "categories",
                Arrays.stream(Category.values())
                        .map(c -> new Forms.Option(c.name(), c.label(locale)))
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
        model.put("morePages", listings.size() == WholesaleQuery.PAGE_SIZE);
        model.put(
                "myProvince",
                geography.province(outlet.provinceId()).map(p -> p.name(locale)).orElse(""));
        return HttpResponse.ok(new ModelAndView<>("outlet/catalogue", model)).header("Cache-Control", "no-store");
    }
}
