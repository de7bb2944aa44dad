package th.otop.sellerportal.listing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.appeal.ListingAppeals;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/** A producer appeals an officer's hide of one of its own listings, once per hide. */
@Produces(MediaType.TEXT_HTML)
@Controller("/listings/{publicId}/appeal")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AppealController {
    private final ListingAppeals appeals;
    private final Listings listings;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    AppealController(ListingAppeals appeals, Listings listings, Shop shop, HttpLocaleResolver locales) {
        this.appeals = appeals;
        this.listings = listings;
        this.shop = shop;
        this.locales = locales;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> appeal(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            appeals.appeal(producer, product.id(), form.get("appeal"));
            return HttpResponse.seeOther(URI.create("/listings/" + publicId + "?appealed=1#appeal"));
        } catch (InvalidInputException e) {
            Map<String, Object> model = new HashMap<>(
                    listings.editModel(shop.of(authentication).orElseThrow(), product, ListingForm.of(product)));
            model.put("appealText", Forms.value(form, "appeal"));
            return Forms.invalid("listing/edit", model, e.errors(), locales.resolveOrDefault(request));
        }
    }
}
