package th.otop.storefront.cart;

import io.micronaut.core.annotation.Nullable;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.cart.LineKey;
import th.otop.orders.cart.Quantity;
import th.otop.storefront.product.ProductPages;

/**
 * The cart: add from a product page, change quantities, remove lines. Quantities are checked on the server (1 to
 * {@link Quantity#MAX}); a bad one shows the form again with a message, and nothing changes. A line is a product or,
 * for a product with options, the option posted as {@code variant}; prices never come from the form.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/cart")
class CartController {
    private static final long NO_SUCH_VARIANT = -1;

    private final Carts carts;
    private final Products products;
    private final Shopper shopper;
    private final CartPages pages;
    private final ProductPages productPages;
    private final HttpLocaleResolver locales;

    CartController(
            Carts carts,
            Products products,
            Shopper shopper,
            CartPages pages,
            ProductPages productPages,
            HttpLocaleResolver locales) {
        this.carts = carts;
        this.products = products;
        this.shopper = shopper;
        this.pages = pages;
        this.productPages = productPages;
        this.locales = locales;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> show(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        Optional<Buyer> buyer = shopper.existing(request);
        Cart cart = buyer.map(carts::cartOf).orElse(null);
        return HttpResponse.ok(view(cart, locale, List.of())).header("Cache-Control", "no-store");
    }

    @Post(value = "/add", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> add(@Body Map<String, String> form, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        String publicId = form.getOrDefault("product", "");
        Optional<Product> product = products.findPublished(publicId);
        if (product.isEmpty()) {
            return HttpResponse.notFound();
        }
        Buyer buyer = shopper.of(request);
        try {
            carts.add(buyer, line(product.get(), form), quantity(form.get("quantity")));
        } catch (InvalidInputException e) {
            return productPages
                    .render(product.get(), request, locale, form.get("quantity"), form.get("variant"), e.errors())
                    .map(page -> (HttpResponse<?>)
                            HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page))
                    .orElseGet(HttpResponse::notFound);
        }
        return shopper.remember(request, HttpResponse.seeOther(URI.create("/cart?added=" + publicId)));
    }

    @Post(value = "/update", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> update(@Body Map<String, String> form, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        Optional<Buyer> buyer = shopper.existing(request);
        Optional<Product> product = products.findPublished(form.getOrDefault("product", ""));
        if (buyer.isEmpty() || product.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/cart"));
        }
        try {
            carts.setQuantity(buyer.get(), line(product.get(), form), quantity(form.get("quantity")));
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(view(carts.cartOf(buyer.get()), locale, e.errors()));
        }
        return HttpResponse.seeOther(URI.create("/cart"));
    }

    @Post(value = "/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> remove(@Body Map<String, String> form, HttpRequest<?> request) {
        Optional<Buyer> buyer = shopper.existing(request);
        Optional<Product> product = products.findPublished(form.getOrDefault("product", ""));
        if (buyer.isPresent() && product.isPresent()) {
            carts.remove(buyer.get(), line(product.get(), form));
        }
        return HttpResponse.seeOther(URI.create("/cart"));
    }

    private ModelAndView<Map<String, Object>> view(@Nullable Cart cart, Locale locale, List<FieldError> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("cart", cart == null ? null : pages.of(cart, locale));
        model.put("errors", errors.stream().map(e -> e.message(locale)).toList());
        return new ModelAndView<>("cart/show", model);
    }

    /** The line a form names: an id that is not a number names no variant of any product, so it is refused. */
    private static LineKey line(Product product, Map<String, String> form) {
        String typed = form.getOrDefault("variant", "").strip();
        if (typed.isEmpty()) {
            return new LineKey(product.id(), null);
        }
        try {
            return new LineKey(product.id(), Long.parseLong(typed));
        } catch (NumberFormatException e) {
            return new LineKey(product.id(), NO_SUCH_VARIANT);
        }
    }

    /** A typed quantity: anything that is not a whole number in range gets the same clear message. */
    static int quantity(@Nullable String typed) {
        int value;
        try {
            value = typed == null ? 1 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            value = 0;
        }
        return Quantity.check(value);
    }
}
