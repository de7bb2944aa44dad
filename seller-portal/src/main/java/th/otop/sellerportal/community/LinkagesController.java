package th.otop.sellerportal.community;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/**
 * A producer declares the occupational group it belongs to and the funds that back it; each declaration
 * stays "waiting for an officer" until a CDD officer confirms or rejects it (with a reason shown here), and buyers
 * see confirmed links only.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/community")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LinkagesController {
    private final Community community;
    private final CommunityDirectory directory;
    private final FundRegistry registry;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    LinkagesController(
            Community community,
            CommunityDirectory directory,
            FundRegistry registry,
            Shop shop,
            HttpLocaleResolver locales) {
        this.community = community;
        this.directory = directory;
        this.registry = registry;
        this.shop = shop;
        this.locales = locales;
    }

    @Get
    @View("community/linkages")
    Map<String, Object> linkages(Authentication authentication) {
        return model(authentication, Map.of());
    }

    @Post("/group")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> declareGroup(
            HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        Producer producer = current(authentication);
        try {
            int households = parse(form.get("households"), "households");
            Long programme = programmeOf(producer, form.get("programme"));
            long group = community.addGroup(
                    Forms.value(form, "groupNameTh"),
                    Forms.blankToNull(form.get("groupNameEn")),
                    programme,
                    households);
            community.linkGroup(producer.id(), group, false);
            return HttpResponse.seeOther(URI.create("/community"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "community/linkages", model(authentication, form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    /** A fund picked from the registry, or proposed when it is not there yet; either way the link waits for an officer. */
    @Post("/fund")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> declareFund(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        Producer producer = current(authentication);
        try {
            FundRelation relation = Arrays.stream(FundRelation.values())
                    .filter(r -> r.name().equals(Forms.value(form, "relation")))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(List.of(new FieldError(
                            "relation",
                            "กรุณาเลือกความเกี่ยวข้องกับกองทุน",
                            "Choose how your shop relates to the fund"))));
            String picked = Forms.value(form, "fund");
            long fund = picked.isEmpty() ? proposed(producer, form) : picked(producer, picked);
            community.linkFund(producer.id(), fund, relation, false);
            return HttpResponse.seeOther(URI.create("/community"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "community/linkages", model(authentication, form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    private long picked(Producer producer, String picked) {
        return registry.choosable(producer.provinceId(), producer.id()).stream()
                .filter(f -> String.valueOf(f.id()).equals(picked))
                .map(CommunityFund::id)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError(
                        "fund",
                        "เลือกกองทุนจากรายการของจังหวัดของร้าน",
                        "Choose a fund of your shop's province from the list"))));
    }

    private long proposed(Producer producer, Map<String, String> form) {
        FundKind kind = Arrays.stream(FundKind.values())
                .filter(k -> k.name().equals(Forms.value(form, "fundKind")))
                .findFirst()
                .orElse(null);
        return registry.propose(
                producer.id(),
                producer.provinceId(),
                kind,
                Forms.value(form, "fundNameTh"),
                Forms.blankToNull(form.get("fundNameEn")),
                Forms.blankToNull(form.get("fundVillage")));
    }

    private Map<String, Object> model(Authentication authentication, Map<String, ?> form) {
        Producer producer = current(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("linkages", community.declaredLinkagesOf(producer.id()));
        model.put("programmes", directory.programmes(producer.provinceId()));
        model.put("funds", registry.choosable(producer.provinceId(), producer.id()));
        model.put("fundKinds", FundKind.values());
        model.put("relations", FundRelation.values());
        model.put("form", form);
        return model;
    }

    private static int parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int households = Integer.parseInt(value.strip());
            if (households >= 0 && households <= 100_000) {
                return households;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(List.of(new FieldError(
                field, "จำนวนครัวเรือนต้องเป็นตัวเลข 0 ถึง 100,000", "Households must be a number from 0 to 100,000")));
    }

    /** The sammachip programme the group came from: none, or one of the producer's own province. */
    private Long programmeOf(Producer producer, String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        return directory.programmes(producer.provinceId()).stream()
                .filter(p -> String.valueOf(p.id()).equals(chosen.strip()))
                .map(SammachipProgramme::id)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError(
                        "programme",
                        "เลือกโครงการสัมมาชีพจากรายการของจังหวัดของร้าน",
                        "Choose a sammachip programme of your shop's province from the list"))));
    }

    /** The member's shop; someone without one is sent to set it up. */
    private Producer current(Authentication authentication) {
        shop.id(authentication);
        return shop.of(authentication).orElseThrow();
    }
}
