package th.otop.storefront.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderLine;
import th.otop.storefront.site.PageNotFoundException;
import th.otop.webkit.security.Roles;
import th.otop.webkit.security.SignedIn;

/**
 * A signed-in consumer's complaints: about one of their orders or a product in it (from the order page), a product or
 * a shop (from their pages), or the marketplace itself (from the account page).
 */
@Secured(Roles.CONSUMER)
@Produces(MediaType.TEXT_HTML)
@Controller(ConsumerComplaintsController.BASE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsumerComplaintsController {
    static final String BASE = "/complaints";

    private final ComplaintThreads threads;
    private final Checkouts checkouts;
    private final Products products;
    private final Producers producers;
    private final HttpLocaleResolver locales;

    ConsumerComplaintsController(
            ComplaintThreads threads,
            Checkouts checkouts,
            Products products,
            Producers producers,
            HttpLocaleResolver locales) {
        this.threads = threads;
        this.checkouts = checkouts;
        this.products = products;
        this.producers = producers;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        return threads.list(party(authentication), BASE);
    }

    @Get("/new")
    HttpResponse<?> form(
            Authentication authentication,
            HttpRequest<?> request,
            @Nullable @QueryValue String about,
            @Nullable @QueryValue String checkout,
            @Nullable @QueryValue String order,
            @Nullable @QueryValue String product,
            @Nullable @QueryValue String shop) {
        ComplaintTarget target = target(authentication, about, checkout, order, product, shop);
        return threads.form(target, BASE, locales.resolveOrDefault(request));
    }

    @Post(value = "/new", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> open(
            Authentication authentication,
            HttpRequest<?> request,
            @Nullable @Part("about") String about,
            @Nullable @Part("checkout") String checkout,
            @Nullable @Part("order") String order,
            @Nullable @Part("product") String product,
            @Nullable @Part("shop") String shop,
            @Nullable @Part("category") String category,
            @Nullable @Part("body") String body,
            @Nullable @Part("photo") CompletedFileUpload photo) {
        ComplaintTarget target = target(authentication, about, checkout, order, product, shop);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", category);
        form.put("body", body);
        return threads.open(party(authentication), target, BASE, form, photo, locales.resolveOrDefault(request));
    }

    @Get("/{publicId}")
    HttpResponse<?> thread(Authentication authentication, HttpRequest<?> request, String publicId) {
        return threads.thread(party(authentication), publicId, BASE, locales.resolveOrDefault(request));
    }

    @Post(value = "/{publicId}/reply", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> reply(
            Authentication authentication,
            HttpRequest<?> request,
            String publicId,
            @Nullable @Part("body") String body,
            @Nullable @Part("photo") CompletedFileUpload photo) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        return threads.reply(party(authentication), publicId, BASE, form, photo, locales.resolveOrDefault(request));
    }

    @Post(value = "/{publicId}/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(
            Authentication authentication, HttpRequest<?> request, String publicId, @Body Map<String, String> form) {
        return threads.close(party(authentication), publicId, BASE, form, locales.resolveOrDefault(request));
    }

    private static Party party(Authentication authentication) {
        return new Party(SignedIn.account(authentication).id(), Role.CONSUMER, null);
    }

    /** Resolves what the complaint is about; an order that is not the consumer's, or no such thing, answers 404. */
    private ComplaintTarget target(
            Authentication authentication,
            @Nullable String about,
            @Nullable String checkout,
            @Nullable String order,
            @Nullable String product,
            @Nullable String shop) {
        if (about == null || about.equals("platform")) {
            return ComplaintTarget.platform();
        }
        return switch (about) {
            case "order" -> ofOrder(authentication, checkout, order, product);
            case "product" -> products.findPublished(product == null ? "" : product)
                    .map(p -> ofProduct(p, Map.of("about", "product", "product", p.publicId())))
                    .orElseThrow(ConsumerComplaintsController::notFound);
            case "shop" -> producers
                    .findByPublicId(shop == null ? "" : shop)
                    .map(ConsumerComplaintsController::ofShop)
                    .orElseThrow(ConsumerComplaintsController::notFound);
            default -> throw notFound();
        };
    }

    private ComplaintTarget ofOrder(
            Authentication authentication,
            @Nullable String checkout,
            @Nullable String order,
            @Nullable String product) {
        Buyer buyer = Buyer.account(SignedIn.account(authentication).id());
        Order found;
        try {
            found = checkouts.forBuyer(buyer, checkout == null ? "" : checkout).orders().stream()
                    .filter(o -> o.publicId().equals(order))
                    .findFirst()
                    .orElseThrow(ConsumerComplaintsController::notFound);
        } catch (InvalidInputException notTheirs) {
            throw notFound();
        }
        if (product != null && !product.isBlank()) {
            OrderLine line = found.lines().stream()
                    .filter(l -> String.valueOf(l.productId().value()).equals(product))
                    .findFirst()
                    .orElseThrow(ConsumerComplaintsController::notFound);
            Product p = products.find(line.productId()).orElseThrow(ConsumerComplaintsController::notFound);
            return ofProduct(
                    p, Map.of("about", "order", "checkout", checkout, "order", found.publicId(), "product", product));
        }
        return new ComplaintTarget(
                ComplaintSubject.ORDER,
                found.publicId(),
                found.producerId(),
                "คำสั่งซื้อ " + found.publicId(),
                "Order " + found.publicId(),
                Map.of("about", "order", "checkout", checkout, "order", found.publicId()));
    }

    private static ComplaintTarget ofProduct(Product p, Map<String, String> fields) {
        return new ComplaintTarget(
                ComplaintSubject.PRODUCT,
                p.publicId(),
                p.producerId(),
                "สินค้า " + p.titleTh(),
                "Product " + (p.titleEn() == null || p.titleEn().isBlank() ? p.titleTh() : p.titleEn()),
                fields);
    }

    private static ComplaintTarget ofShop(Producer p) {
        return new ComplaintTarget(
                ComplaintSubject.PRODUCER,
                p.publicId(),
                p.id(),
                "ร้าน " + p.nameTh(),
                "Shop " + (p.nameEn() == null || p.nameEn().isBlank() ? p.nameTh() : p.nameEn()),
                Map.of("about", "shop", "shop", p.publicId()));
    }

    private static PageNotFoundException notFound() {
        return new PageNotFoundException("No such order, product or shop");
    }
}
