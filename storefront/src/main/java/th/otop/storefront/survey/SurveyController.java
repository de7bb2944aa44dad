package th.otop.storefront.survey;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.survey.Invitation;
import th.otop.orders.survey.Surveys;
import th.otop.storefront.cart.Shopper;

/**
 * A satisfaction survey reached from its invitation: a consumer's delivered order (guests too, by this browser's
 * cart) or an outlet's received supplier order. A 1-5 score and an optional comment, one answer per invitation;
 * someone else's invitation answers 404.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveyController {
    private final Surveys surveys;
    private final Shopper shopper;
    private final OutletMembers members;
    private final HttpLocaleResolver locales;

    SurveyController(Surveys surveys, Shopper shopper, OutletMembers members, HttpLocaleResolver locales) {
        this.surveys = surveys;
        this.shopper = shopper;
        this.members = members;
        this.locales = locales;
    }

    @Get("/{publicId}")
    HttpResponse<?> show(String publicId, HttpRequest<?> request) {
        return find(request, publicId)
                .<HttpResponse<?>>map(found -> page(
                        found.invitation(),
                        Map.of(),
                        List.of(),
                        request.getParameters().contains("sent"),
                        locales.resolveOrDefault(request),
                        HttpStatus.OK))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(value = "/{publicId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(String publicId, @Body Map<String, String> form, HttpRequest<?> request) {
        Optional<Found> found = find(request, publicId);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Locale locale = locales.resolveOrDefault(request);
        if (found.get().invitation().answered()) {
            // a second answer (another tab, the back button): the first one stands
            return page(found.get().invitation(), form, List.of(), false, locale, HttpStatus.CONFLICT);
        }
        String score = form.getOrDefault("score", "").strip();
        String comment = form.getOrDefault("comment", "").strip();
        try {
            surveys.answer(
                    found.get().respondent(),
                    publicId,
                    score.matches("[1-5]") ? Integer.parseInt(score) : 0,
                    comment.isEmpty() ? null : comment);
        } catch (InvalidInputException e) {
            Invitation now = surveys.find(found.get().respondent(), publicId).orElseThrow();
            HttpStatus status = now.answered() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
            return page(now, form, e.errors(), false, locale, status);
        }
        return HttpResponse.seeOther(URI.create("/surveys/" + publicId + "?sent"));
    }

    private record Found(String respondent, Invitation invitation) {}

    private Optional<Found> find(HttpRequest<?> request, String publicId) {
        if (!publicId.matches("[0-9a-z]{6,20}")) {
            return Optional.empty();
        }
        List<String> respondents = new ArrayList<>();
        shopper.all(request).stream().map(Buyer::key).forEach(respondents::add);
        shopper.signedIn(request)
                .flatMap(account -> members.of(account.id()))
                .ifPresent(member -> respondents.add(Surveys.outletRespondent(member.outletId())));
        for (String respondent : respondents) {
            Optional<Invitation> invitation = surveys.find(respondent, publicId);
            if (invitation.isPresent()) {
                return Optional.of(new Found(respondent, invitation.get()));
            }
        }
        return Optional.empty();
    }

    private static HttpResponse<?> page(
            Invitation invitation,
            Map<String, String> form,
            List<FieldError> errors,
            boolean sent,
            Locale locale,
            HttpStatus status) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(locale), (a, b) -> a + " " + b));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("invitation", invitation);
        model.put("form", form);
        model.put("errors", byField);
        model.put("sent", sent);
        return HttpResponse.status(status)
                .body(new ModelAndView<>("survey/show", model))
                .header("Cache-Control", "no-store");
    }
}
