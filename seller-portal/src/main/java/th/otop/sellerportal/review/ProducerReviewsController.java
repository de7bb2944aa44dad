package th.otop.sellerportal.review;

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
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.review.Reviews;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/** The reviews of the shop's products, newest first, each with the shop's one reply or a form to write it. */
@Produces(MediaType.TEXT_HTML)
@Controller("/reviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProducerReviewsController {
    private static final int SHOWN = 200;

    private final Reviews reviews;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    ProducerReviewsController(Reviews reviews, Shop shop, HttpLocaleResolver locales) {
        this.reviews = reviews;
        this.shop = shop;
        this.locales = locales;
    }

    @Get
    @View("review/list")
    Map<String, Object> list(Authentication authentication) {
        return model(authentication, -1, Map.of());
    }

    /** The one reply; a second one, or a review of another shop's product, is refused with a message. */
    @Post("/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(
            HttpRequest<?> request, Authentication authentication, long id, @Body Map<String, String> form) {
        try {
            reviews.reply(shop.id(authentication), id, Forms.value(form, "reply"));
            return HttpResponse.seeOther(URI.create("/reviews#review-" + id));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "review/list", model(authentication, id, form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model(Authentication authentication, long replyingTo, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("reviews", reviews.ofProducer(shop.id(authentication), SHOWN));
        model.put("replyingTo", replyingTo);
        model.put("form", form);
        return model;
    }
}
