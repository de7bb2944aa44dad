package th.otop.sellerportal.survey;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.survey.Invitation;
import th.otop.orders.survey.Surveys;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/** The shop's quarterly survey about the platform: a 1-5 score and a comment, one answer per invitation. */
@Produces(MediaType.TEXT_HTML)
@Controller("/surveys")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProducerSurveyController {
    private final Surveys surveys;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    ProducerSurveyController(Surveys surveys, Shop shop, HttpLocaleResolver locales) {
        this.surveys = surveys;
        this.shop = shop;
        this.locales = locales;
    }

    @Get("/{publicId}")
    HttpResponse<?> show(Authentication authentication, String publicId, HttpRequest<?> request) {
        Invitation invitation = find(authentication, publicId);
        return page(invitation, Map.of(), List.of(), request, HttpStatus.OK);
    }

    @Post("/{publicId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(
            Authentication authentication, String publicId, @Body Map<String, String> form, HttpRequest<?> request) {
        Invitation invitation = find(authentication, publicId);
        if (invitation.answered()) {
            return page(invitation, form, List.of(), request, HttpStatus.CONFLICT);
        }
        String score = Forms.value(form, "score");
        try {
            surveys.answer(
                    respondent(authentication),
                    publicId,
                    score.matches("[1-5]") ? Integer.parseInt(score) : 0,
                    Forms.blankToNull(form.get("comment")));
        } catch (InvalidInputException e) {
            Invitation now = find(authentication, publicId);
            return page(
                    now,
                    form,
                    e.errors(),
                    request,
                    now.answered() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/surveys/" + publicId + "?sent"));
    }

    private String respondent(Authentication authentication) {
        return Surveys.producerRespondent(shop.id(authentication));
    }

    private Invitation find(Authentication authentication, String publicId) {
        return surveys.find(respondent(authentication), publicId)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no survey"));
    }

    private HttpResponse<?> page(
            Invitation invitation,
            Map<String, String> form,
            List<FieldError> errors,
            HttpRequest<?> request,
            HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("invitation", invitation);
        model.put("form", form);
        model.put("errors", Forms.messages(errors, locales.resolveOrDefault(request)));
        model.put("sent", request.getParameters().contains("sent"));
        return HttpResponse.status(status).body(new ModelAndView<>("survey/show", model));
    }
}
