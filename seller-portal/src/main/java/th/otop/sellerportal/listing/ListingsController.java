package th.otop.sellerportal.listing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.image.PhotoRejectedException;
import th.otop.catalog.image.ProductPhotos;
import th.otop.catalog.image.StoredPhoto;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/** The member's own listings. Every route looks the listing up within the member's shop: others are 404. */
@Produces(MediaType.TEXT_HTML)
@Controller("/listings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ListingsController {
    private final Products products;
    private final Listings listings;
    private final ProductPhotos photos;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    ListingsController(
            Products products, Listings listings, ProductPhotos photos, Shop shop, HttpLocaleResolver locales) {
        this.products = products;
        this.listings = listings;
        this.photos = photos;
        this.shop = shop;
        this.locales = locales;
    }

    @Get
    @View("listing/list")
    Map<String, Object> list(Authentication authentication) {
        ProducerId producer = shop.id(authentication);
        return Map.of("producer", shop.of(authentication).orElseThrow(), "listings", products.listByProducer(producer));
    }

    @Get("/new")
    @View("listing/edit")
    Map<String, Object> newForm(Authentication authentication) {
        shop.id(authentication);
        return editModel(authentication, null, Map.of("processingDays", "1", "stock", "0"));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        try {
            ProductId id = products.create(producer, ListingForm.draft(form));
            return HttpResponse.seeOther(
                    URI.create("/listings/" + products.find(id).orElseThrow().publicId()));
        } catch (InvalidInputException e) {
            return Forms.invalid("listing/edit", editModel(authentication, null, form), e.errors(), locale(request));
        }
    }

    @Get("/{publicId}")
    @View("listing/edit")
    Map<String, Object> edit(Authentication authentication, String publicId) {
        Product product = listings.owned(shop.id(authentication), publicId);
        return editModel(authentication, product, ListingForm.of(product));
    }

    @Post("/{publicId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            products.update(producer, product.id(), ListingForm.draft(form));
            return HttpResponse.seeOther(URI.create("/listings/" + publicId + "?saved=1"));
        } catch (InvalidInputException e) {
            return Forms.invalid("listing/edit", editModel(authentication, product, form), e.errors(), locale(request));
        }
    }

    /** The autosave of the edit page (JavaScript): saves what is valid, answers the field messages. */
    @Post("/{publicId}/autosave")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> autosave(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            products.update(producer, product.id(), ListingForm.draft(form));
            return HttpResponse.ok(Map.of("saved", true));
        } catch (InvalidInputException e) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(Map.of("saved", false, "errors", Forms.messages(e.errors(), locale(request))));
        }
    }

    @Post("/{publicId}/duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> duplicate(Authentication authentication, String publicId) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        Map<String, String> copy = ListingForm.of(product);
        copy.put("titleTh", truncate("สำเนา " + product.titleTh()));
        ProductId id = products.create(producer, ListingForm.draft(copy));
        return HttpResponse.seeOther(
                URI.create("/listings/" + products.find(id).orElseThrow().publicId()));
    }

    @Post("/{publicId}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, Authentication authentication, String publicId) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            products.publish(producer, product.id());
            return HttpResponse.seeOther(URI.create("/listings/" + publicId));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "listing/edit",
                    editModel(authentication, product, ListingForm.of(product)),
                    e.errors(),
                    locale(request));
        }
    }

    @Post("/{publicId}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unpublish(Authentication authentication, String publicId) {
        ProducerId producer = shop.id(authentication);
        products.unpublish(producer, listings.owned(producer, publicId).id());
        return HttpResponse.seeOther(URI.create("/listings/" + publicId));
    }

    @Post("/{publicId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Authentication authentication, String publicId) {
        ProducerId producer = shop.id(authentication);
        products.delete(producer, listings.owned(producer, publicId).id());
        return HttpResponse.seeOther(URI.create("/listings"));
    }

    /** One photo per request: the page's script sends several one after another, with progress. */
    @Post("/{publicId}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> addPhoto(
            HttpRequest<?> request,
            Authentication authentication,
            String publicId,
            @Part("photo") CompletedFileUpload upload) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        boolean wantsJson =
                request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.APPLICATION_JSON_TYPE));
        try {
            if (upload.getSize() > ProductPhotos.MAX_BYTES) {
                throw new PhotoRejectedException(
                        PhotoRejectedException.Reason.TOO_LARGE_BYTES,
                        "ไฟล์รูปภาพใหญ่เกิน 15 MB",
                        "The photo file is larger than 15 MB",
                        null);
            }
            StoredPhoto stored = photos.process(upload.getBytes(), "products/" + producer.value() + "/" + publicId);
            products.addPhoto(producer, product.id(), stored.key(), stored.width(), stored.height());
            return wantsJson
                    ? HttpResponse.ok(Map.of("saved", true, "key", stored.key()))
                    : HttpResponse.seeOther(URI.create("/listings/" + publicId + "#photos"));
        } catch (PhotoRejectedException e) {
            FieldError error = new FieldError("photo", e.messageTh(), e.messageEn());
            if (wantsJson) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                        .body(Map.of("saved", false, "error", error.message(locale(request))));
            }
            return Forms.invalid(
                    "listing/edit",
                    editModel(authentication, product, ListingForm.of(product)),
                    List.of(error),
                    locale(request));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The listing as buyers will see it. */
    @Get("/{publicId}/preview")
    @View("listing/preview")
    Map<String, Object> preview(Authentication authentication, String publicId) {
        Product product = listings.owned(shop.id(authentication), publicId);
        return Map.of("product", product, "producer", shop.of(authentication).orElseThrow());
    }

    private Map<String, Object> editModel(Authentication authentication, Product product, Map<String, ?> form) {
        return listings.editModel(shop.of(authentication).orElseThrow(), product, form);
    }

    private Locale locale(HttpRequest<?> request) {
        return locales.resolveOrDefault(request);
    }

    private static String truncate(String title) {
        return title.length() > 200 ? title.substring(0, 200) : title;
    }

    static ModelAndView<Map<String, Object>> view(String name, Map<String, Object> model) {
        return new ModelAndView<>(name, model);
    }
}
