package th.otop.sellerportal.listing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import th.otop.catalog.image.PhotoSize;
import th.otop.catalog.image.PhotoStorage;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.catalog.product.Products;
import th.otop.catalog.product.VariantDraft;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/**
 * A listing's options (sizes, colours: each with its own price and stock) and the order of its photos, moved with
 * up/down buttons that work without JavaScript, or dragged into place. Every route finds the listing within the member's shop first.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/listings/{publicId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OptionsAndPhotosController {
    private final Products products;
    private final Listings listings;
    private final PhotoStorage storage;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    OptionsAndPhotosController(
            Products products, Listings listings, PhotoStorage storage, Shop shop, HttpLocaleResolver locales) {
        this.products = products;
        this.listings = listings;
        this.storage = storage;
        this.shop = shop;
        this.locales = locales;
    }

    @Post("/variants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addVariant(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            products.addVariant(producer, product.id(), draft(form));
            return backTo(publicId, "variants");
        } catch (InvalidInputException e) {
            return invalid(request, authentication, product, form, e);
        }
    }

    @Post("/variants/{variantId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateVariant(
            HttpRequest<?> request,
            Authentication authentication,
            String publicId,
            long variantId,
            @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            products.updateVariant(producer, product.id(), variantId, draft(form));
            return backTo(publicId, "variants");
        } catch (InvalidInputException e) {
            Map<String, String> typed = new HashMap<>(form);
            typed.put("variantId", String.valueOf(variantId));
            return invalid(request, authentication, product, typed, e);
        }
    }

    @Post("/variants/{variantId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeVariant(Authentication authentication, String publicId, long variantId) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        if (product.variants().stream().noneMatch(v -> v.id() == variantId)) {
            throw new ProductNotFoundException(new ProductId(0));
        }
        products.removeVariant(producer, product.id(), variantId);
        return backTo(publicId, "variants");
    }

    /** Moves a photo one place towards the front ({@code up}); the first photo is the one buyers see in lists. */
    @Post("/photos/{photoId}/up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> photoUp(Authentication authentication, String publicId, long photoId) {
        return movePhoto(authentication, publicId, photoId, -1);
    }

    @Post("/photos/{photoId}/down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> photoDown(Authentication authentication, String publicId, long photoId) {
        return movePhoto(authentication, publicId, photoId, 1);
    }

    /**
     * The whole photo order at once, sent by the drag-and-drop of the edit page (JavaScript); the up/down
     * buttons remain for keyboards and pages without scripts.
     */
    @Post("/photos/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> photoOrder(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body PhotoOrder body) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        try {
            products.reorderPhotos(producer, product.id(), body.photoIds() == null ? List.of() : body.photoIds());
            return HttpResponse.ok(Map.of("saved", true));
        } catch (InvalidInputException e) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(Map.of(
                            "saved", false, "errors", Forms.messages(e.errors(), locales.resolveOrDefault(request))));
        }
    }

    @Serdeable
    record PhotoOrder(List<Long> photoIds) {}

    private HttpResponse<?> movePhoto(Authentication authentication, String publicId, long photoId, int step) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        List<Long> order =
                new ArrayList<>(product.photos().stream().map(Product.Photo::id).toList());
        int at = order.indexOf(photoId);
        if (at < 0) {
            throw new ProductNotFoundException(new ProductId(0));
        }
        int to = at + step;
        if (to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, photoId);
            products.reorderPhotos(producer, product.id(), order);
        }
        return backTo(publicId, "photos");
    }

    /** Removes the photo from the listing, then its files in every size. */
    @Post("/photos/{photoId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removePhoto(Authentication authentication, String publicId, long photoId) {
        ProducerId producer = shop.id(authentication);
        Product product = listings.owned(producer, publicId);
        String key = products.removePhoto(producer, product.id(), photoId);
        for (PhotoSize size : PhotoSize.values()) {
            storage.delete(key + "/" + size.name().toLowerCase(Locale.ROOT) + ".jpg");
        }
        return backTo(publicId, "photos");
    }

    static VariantDraft draft(Map<String, String> form) {
        OptionalLong price = Formats.satang(form.get("variantPrice"));
        int stock;
        try {
            stock = Integer.parseInt(Forms.value(form, "variantStock").replace(",", ""));
        } catch (NumberFormatException e) {
            stock = -1;
        }
        List<FieldError> errors = new ArrayList<>();
        if (price.isEmpty()) {
            errors.add(new FieldError(
                    "variant.price",
                    "กรุณากรอกราคาเป็นตัวเลข เช่น 150 หรือ 150.50",
                    "Enter the price as a number, e.g. 150 or 150.50"));
        }
        if (stock < 0) {
            errors.add(new FieldError(
                    "variant.stock",
                    "จำนวนสต็อกต้องเป็นจำนวนเต็ม 0 ขึ้นไป",
                    "The stock must be a whole number, 0 or more"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new VariantDraft(
                Forms.value(form, "variantNameTh"),
                Forms.blankToNull(form.get("variantNameEn")),
                price.getAsLong(),
                stock,
                null);
    }

    private HttpResponse<?> invalid(
            HttpRequest<?> request,
            Authentication authentication,
            Product product,
            Map<String, String> typed,
            InvalidInputException e) {
        Map<String, Object> model = new HashMap<>(
                listings.editModel(shop.of(authentication).orElseThrow(), product, ListingForm.of(product)));
        model.put("variantForm", typed);
        return Forms.invalid("listing/edit", model, e.errors(), locales.resolveOrDefault(request));
    }

    private static HttpResponse<?> backTo(String publicId, String anchor) {
        return HttpResponse.seeOther(URI.create("/listings/" + publicId + "#" + anchor));
    }
}
