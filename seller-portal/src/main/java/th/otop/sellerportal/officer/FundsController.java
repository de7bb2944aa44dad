package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.community.FundStatus;
import th.otop.catalog.fundmanager.FundNotFoundException;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.fund.FundMerger;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * The community fund registry, kept by officers: funds producers proposed wait here to be approved or merged into the
 * fund they duplicate, and any province's funds can be merged when one real fund was entered twice. Each approval and
 * merge is in the audit log.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/funds")
@Secured(Roles.OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
class FundsController {
    private final FundRegistry registry;
    private final FundMerger merger;
    private final Geography geography;
    private final HttpLocaleResolver locales;

    FundsController(FundRegistry registry, FundMerger merger, Geography geography, HttpLocaleResolver locales) {
        this.registry = registry;
        this.merger = merger;
        this.geography = geography;
        this.locales = locales;
    }

    @Get
    @View("officer/funds")
    Map<String, Object> list(
            HttpRequest<?> request, @Nullable @QueryValue Integer province, @Nullable @QueryValue String done) {
        Map<String, Object> model = model(request, province, Map.of());
        model.put("done", "approved".equals(done) || "merged".equals(done) ? done : null);
        return model;
    }

    @Post("/{fund}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(HttpRequest<?> request, Authentication authentication, @PathVariable long fund) {
        CommunityFund found = fundOf(fund);
        try {
            registry.approve(Officer.id(authentication), fund);
            return HttpResponse.seeOther(URI.create("/officer/funds?done=approved#done"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "officer/funds",
                    model(request, found.provinceId(), Map.of("errorFund", String.valueOf(fund))),
                    e.errors(),
                    locales.resolveOrDefault(request));
        }
    }

    @Post("/{fund}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> merge(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long fund,
            @Body Map<String, String> form) {
        CommunityFund found = fundOf(fund);
        try {
            merger.merge(Officer.id(authentication), fund, into(form));
            return HttpResponse.seeOther(
                    URI.create("/officer/funds?province=" + found.provinceId() + "&done=merged#done"));
        } catch (InvalidInputException e) {
            Map<String, String> typed = new HashMap<>(form);
            typed.put("errorFund", String.valueOf(fund));
            return Forms.invalid(
                    "officer/funds",
                    model(request, found.provinceId(), typed),
                    e.errors(),
                    locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model(HttpRequest<?> request, @Nullable Integer province, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        List<CommunityFund> proposals = registry.proposals();
        model.put("proposals", proposals);
        // what each proposal could be merged into: the approved funds of its own province
        model.put(
                "targets",
                proposals.stream()
                        .map(CommunityFund::provinceId)
                        .distinct()
                        .collect(Collectors.toMap(p -> p, p -> approved(registry.ofProvince(p)))));
        model.put("province", province);
        List<CommunityFund> funds = province == null ? List.of() : registry.ofProvince(province);
        model.put("funds", funds);
        model.put("approved", approved(funds));
        model.put("provinces", Geography.inReadingOrder(geography.provinces(), locales.resolveOrDefault(request)));
        model.put("provinceNames", geography.provinces().stream().collect(Collectors.toMap(p -> p.id(), p -> p)));
        model.put("form", form);
        return model;
    }

    private static long into(Map<String, String> form) {
        try {
            return Long.parseLong(Forms.value(form, "into"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    List.of(new FieldError("into", "เลือกกองทุนที่จะรวมเข้าไป", "Choose the fund to merge into")));
        }
    }

    private static List<CommunityFund> approved(List<CommunityFund> funds) {
        return funds.stream().filter(f -> f.status() == FundStatus.APPROVED).toList();
    }

    private CommunityFund fundOf(long id) {
        return registry.find(id).orElseThrow(() -> new FundNotFoundException("fund " + id));
    }
}
