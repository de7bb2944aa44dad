package th.otop.sellerportal.officer;

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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.review.ReviewModeration;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/** The newest reviews of the marketplace; an officer hides an abusive one with a reason. */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/reviews")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewsController {
    private static final int SHOWN = 100;

    private final ReviewModeration moderation;
    private final HttpLocaleResolver locales;

    ReviewsController(ReviewModeration moderation, HttpLocaleResolver locales) {
        this.moderation = moderation;
        this.locales = locales;
    }

    @Get
    @View("officer/reviews")
    Map<String, Object> recent() {
        return model();
    }

    @Post("/{review}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hide(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long review,
            @Body Map<String, String> form) {
        try {
            moderation.hide(Officer.id(authentication), review, Forms.blankToNull(form.get("reason")));
            return HttpResponse.seeOther(URI.create("/officer/reviews#review-" + review));
        } catch (InvalidInputException e) {
            Map<String, Object> model = model();
            model.put("errorTarget", review);
            return Forms.invalid("officer/reviews", model, e.errors(), locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("reviews", moderation.recent(SHOWN));
        return model;
    }
}
