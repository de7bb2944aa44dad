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
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.ProducerLinkages;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductGrades;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.notification.OfficerDecisions;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * One producer as an officer sees it: verify, or suspend after a confirmation step (with the reason the producer then
 * reads), confirm or reject (with the reason the producer reads) its declared group and fund links, record each
 * listing's OTOP star grade (the only place a grade is written; each one is kept and listed), hide a listing with a
 * reason. After each action the page tells its result in the part of the page the action was in.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/producers/{producer}")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProducersController {
    private final Producers producers;
    private final Products products;
    private final ProductGrades grades;
    private final Community community;
    private final Geography geography;
    private final OfficerActions actions;
    private final OfficerDecisions decisions;
    private final HttpLocaleResolver locales;

    ProducersController(
            Producers producers,
            Products products,
            ProductGrades grades,
            Community community,
            Geography geography,
            OfficerActions actions,
            OfficerDecisions decisions,
            HttpLocaleResolver locales) {
        this.producers = producers;
        this.products = products;
        this.grades = grades;
        this.community = community;
        this.geography = geography;
        this.actions = actions;
        this.decisions = decisions;
        this.locales = locales;
    }

    @Get
    @View("officer/producer")
    Map<String, Object> show(
            HttpRequest<?> request,
            @PathVariable String producer,
            @Nullable @QueryValue String done,
            @Nullable @QueryValue String at) {
        Map<String, Object> model = model(find(producer), locales.resolveOrDefault(request));
        DeskResult.show(done, at, model);
        return model;
    }

    @Post("/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> verify(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String producer,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        String note = Forms.blankToNull(form.get("note"));
        try {
            checkLength(note, "note");
            decisions.decideProducer(Officer.id(authentication), found.id(), Verification.VERIFIED, note);
            return back(found, "verification", DeskResult.VERIFIED);
        } catch (InvalidInputException e) {
            return invalid(
                    found,
                    locales.resolveOrDefault(request),
                    "verification",
                    e.errors(),
                    note == null ? Map.of() : Map.of("note", note));
        }
    }

    @Get("/suspend")
    HttpResponse<?> confirmSuspension(HttpRequest<?> request, @PathVariable String producer) {
        return HttpResponse.ok(confirmation(find(producer), null, locales.resolveOrDefault(request)));
    }

    /** Suspends once the officer confirmed on the confirmation page; a post without it shows that page. */
    @Post("/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> suspend(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String producer,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        Locale locale = locales.resolveOrDefault(request);
        String note = Forms.blankToNull(form.get("note"));
        if (!SuspendConfirmation.given(form)) {
            return HttpResponse.ok(confirmation(found, note, locale));
        }
        try {
            checkLength(note, "note");
            decisions.decideProducer(Officer.id(authentication), found.id(), Verification.SUSPENDED, note);
            return back(found, "verification", DeskResult.SUSPENDED);
        } catch (InvalidInputException e) {
            return SuspendConfirmation.refused(confirmation(found, note, locale), e.errors(), locale);
        }
    }

    private static ModelAndView<Map<String, Object>> confirmation(
            Producer producer, @Nullable String note, Locale locale) {
        String page = "/officer/producers/" + producer.publicId();
        return SuspendConfirmation.page(
                producer.name(locale),
                page + "/suspend",
                page + "#verification",
                "officer.suspend.producer.consequence",
                "officer.verify.reason",
                note);
    }

    @Post("/groups/{group}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmGroup(
            Authentication authentication, @PathVariable String producer, @PathVariable long group) {
        Producer found = find(producer);
        if (!actions.confirmGroupLink(Officer.id(authentication), found.id(), group)) {
            throw Officer.notFound();
        }
        return back(found, "links", DeskResult.GROUP_CONFIRMED);
    }

    /** The producer reads the reason on its community page; without one the page asks for it beside the link. */
    @Post("/groups/{group}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rejectGroup(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String producer,
            @PathVariable long group,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        String part = "link-group-" + group;
        try {
            if (!actions.rejectGroupLink(Officer.id(authentication), found.id(), group, form.get("note"))) {
                throw Officer.notFound();
            }
            return back(found, part, DeskResult.GROUP_REJECTED);
        } catch (InvalidInputException e) {
            return invalid(found, locales.resolveOrDefault(request), part, e.errors(), form);
        }
    }

    @Post("/funds/{fund}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmFund(
            Authentication authentication,
            @PathVariable String producer,
            @PathVariable long fund,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        FundRelation relation = declaredRelation(found, fund, form);
        if (!actions.confirmFundLink(Officer.id(authentication), found.id(), fund, relation)) {
            throw Officer.notFound();
        }
        return back(found, "links", DeskResult.FUND_CONFIRMED);
    }

    @Post("/funds/{fund}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rejectFund(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String producer,
            @PathVariable long fund,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        FundRelation relation = declaredRelation(found, fund, form);
        String part = fundPart(fund, relation);
        try {
            if (!actions.rejectFundLink(Officer.id(authentication), found.id(), fund, relation, form.get("note"))) {
                throw Officer.notFound();
            }
            return back(found, part, DeskResult.FUND_REJECTED);
        } catch (InvalidInputException e) {
            return invalid(found, locales.resolveOrDefault(request), part, e.errors(), form);
        }
    }

    /** The relation the form names, or the producer's only declared one with this fund; 404 when none matches. */
    private FundRelation declaredRelation(Producer producer, long fund, Map<String, String> form) {
        return community.declaredLinkagesOf(producer.id()).funds().stream()
                .filter(f -> f.fund().id() == fund
                        && f.relation()
                                .name()
                                .equals(form.getOrDefault(
                                        "relation", f.relation().name())))
                .map(ProducerLinkages.FundLink::relation)
                .findFirst()
                .orElseThrow(Officer::notFound);
    }

    /** The page part of one fund link, which the page's template names the same way. */
    static String fundPart(long fund, FundRelation relation) {
        return "link-fund-" + fund + "-"
                + relation.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Post("/listings/{listing}/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grade(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String producer,
            @PathVariable String listing,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        Product product = listingOf(found, listing);
        Locale locale = locales.resolveOrDefault(request);
        try {
            actions.recordGrade(Officer.id(authentication), product.id(), grading(form));
            return back(found, "listing-" + listing, DeskResult.GRADED);
        } catch (InvalidInputException e) {
            return invalid(found, locale, "listing-" + listing, e.errors(), form);
        }
    }

    @Post("/listings/{listing}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hide(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String producer,
            @PathVariable String listing,
            @Body Map<String, String> form) {
        Producer found = find(producer);
        Product product = listingOf(found, listing);
        Locale locale = locales.resolveOrDefault(request);
        try {
            String reason = Forms.blankToNull(form.get("reason"));
            checkLength(reason, "reason");
            actions.hideListing(Officer.id(authentication), product.id(), reason);
            return back(found, "listing-" + listing, DeskResult.HIDDEN);
        } catch (InvalidInputException e) {
            return invalid(found, locale, "listing-" + listing, e.errors(), form);
        }
    }

    /** Stars 0 mean "not graded" (group D); the year is typed as the page shows it (Buddhist era in Thai). */
    static Grading grading(Map<String, String> form) {
        String stars = Forms.value(form, "stars");
        if ("0".equals(stars)) {
            return Grading.GROUP_D;
        }
        if (!stars.matches("[1-5]")) {
            throw new InvalidInputException(List.of(new FieldError(
                    "stars",
                    "ระดับดาว OTOP ต้องเป็น 1 ถึง 5 ดาว หรือ \"ยังไม่ได้รับการคัดสรร\"",
                    "The OTOP star rating must be 1 to 5 stars, or \"not graded\"")));
        }
        OptionalInt year = GradingYear.toCommonEra(Forms.value(form, "starYear"));
        // an unreadable year becomes 0, which the grade's own check reports in both languages
        return Grading.of(Integer.parseInt(stars), year.orElse(0));
    }

    private static void checkLength(@Nullable String text, String field) {
        if (text != null && text.length() > 500) {
            throw new InvalidInputException(List.of(new FieldError(
                    field, "ข้อความยาวได้ไม่เกิน 500 ตัวอักษร", "The text can be at most 500 characters")));
        }
    }

    private HttpResponse<?> invalid(
            Producer producer, Locale locale, String target, List<FieldError> errors, Map<String, String> form) {
        Map<String, Object> model = model(producer, locale);
        model.put("errorTarget", target);
        model.put("form", form);
        return Forms.invalid("officer/producer", model, errors, locale);
    }

    private Map<String, Object> model(Producer producer, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("producer", producer);
        List<String> place = new java.util.ArrayList<>();
        java.util.stream.Stream.of(producer.village(), producer.subdistrict(), producer.district())
                .filter(part -> part != null && !part.isBlank())
                .forEach(place::add);
        geography.province(producer.provinceId()).ifPresent(p -> place.add(p.name(locale)));
        if (producer.postcode() != null) {
            place.add(producer.postcode());
        }
        model.put("place", String.join(", ", place));
        model.put("linkages", community.declaredLinkagesOf(producer.id()));
        List<Product> listings = products.listByProducer(producer.id());
        model.put("listings", listings);
        Map<String, List<ProductGrades.GradeRecord>> history = new HashMap<>();
        grades.histories(listings.stream().map(Product::id).toList()).forEach((id, records) -> listings.stream()
                .filter(p -> p.id().equals(id))
                .forEach(p -> history.put(p.publicId(), records)));
        model.put("gradeHistory", history);
        model.put("thisYear", GradingYear.thisYear(locale));
        model.put("form", Map.of());
        return model;
    }

    private Producer find(String publicId) {
        return producers.findByPublicId(publicId).orElseThrow(Officer::notFound);
    }

    private Product listingOf(Producer producer, String listing) {
        return products.listByProducer(producer.id()).stream()
                .filter(p -> p.publicId().equals(listing))
                .findFirst()
                .orElseThrow(Officer::notFound);
    }

    private static HttpResponse<?> back(Producer producer, String part, DeskResult result) {
        return HttpResponse.seeOther(result.on("/officer/producers/" + producer.publicId(), part));
    }
}
