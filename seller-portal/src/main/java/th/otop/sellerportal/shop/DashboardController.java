package th.otop.sellerportal.shop;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.orders.survey.Surveys;
import th.otop.sellerportal.web.Shop;

/** The first page after sign-in: the verification banner, what needs attention, shortcuts. */
@Produces(MediaType.TEXT_HTML)
@Controller("/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {
    private final Shop shop;
    private final Products products;
    private final Surveys surveys;
    private final Clock clock;
    private final int lowStock;

    DashboardController(
            Shop shop,
            Products products,
            Surveys surveys,
            Clock clock,
            @Value("${otop.portal.low-stock:5}") int lowStock) {
        this.shop = shop;
        this.products = products;
        this.surveys = surveys;
        this.clock = clock;
        this.lowStock = lowStock;
    }

    @Get
    @View("shop/dashboard")
    Map<String, Object> dashboard(Authentication authentication) {
        shop.id(authentication);
        var producer = shop.of(authentication).orElseThrow();
        List<Product> listings = products.listByProducer(producer.id());
        Map<String, Object> model = new HashMap<>();
        model.put("producer", producer);
        model.put("listingCount", listings.size());
        model.put(
                "published",
                listings.stream()
                        .filter(p -> p.status() == ProductStatus.PUBLISHED)
                        .count());
        model.put(
                "drafts",
                listings.stream().filter(p -> p.status() == ProductStatus.DRAFT).count());
        model.put(
                "hidden",
                listings.stream()
                        .filter(p -> p.status() == ProductStatus.HIDDEN)
                        .toList());
        model.put(
                "lowStock", listings.stream().filter(p -> p.stock() <= lowStock).toList());
        // the first visit in a quarter invites the shop to the quarter's survey; later visits find the same one
        String invitation = surveys.inviteProducerForQuarter(producer.id(), clock.instant());
        surveys.find(Surveys.producerRespondent(producer.id()), invitation)
                .filter(i -> !i.answered())
                .ifPresent(i -> model.put("survey", "/surveys/" + i.publicId()));
        return model;
    }
}
