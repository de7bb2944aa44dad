package th.otop.sellerportal.stock;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.catalog.product.Products;
import th.otop.catalog.stock.StockMovement;
import th.otop.catalog.stock.StockMovements;
import th.otop.sellerportal.web.Shop;

@Produces(MediaType.TEXT_HTML)
@Controller("/stock")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StockController {
    private final Products products;
    private final StockMovements movements;
    private final Shop shop;
    private final HttpLocaleResolver locales;
    private final MessageSource messages;
    private final int lowStock;

    StockController(
            Products products,
            StockMovements movements,
            Shop shop,
            HttpLocaleResolver locales,
            MessageSource messages,
            @Value("${otop.portal.low-stock:5}") int lowStock) {
        this.products = products;
        this.locales = locales;
        this.messages = messages;
        this.movements = movements;
        this.shop = shop;
        this.lowStock = lowStock;
    }

    /** Lowest stock first, so what needs restocking is at the top. */
    @Get
    @View("stock/list")
    Map<String, Object> list(Authentication authentication) {
        List<Product> listings = products.listByProducer(shop.id(authentication)).stream()
                .sorted(Comparator.comparingInt(Product::stock))
                .toList();
        return Map.of("listings", listings, "lowStock", lowStock);
    }

    @Get("/{publicId}")
    @View("stock/history")
    Map<String, Object> history(Authentication authentication, String publicId, HttpRequest<?> request) {
        Product product = products.listByProducer(shop.id(authentication)).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(new ProductId(0)));
        Locale locale = locales.resolveOrDefault(request);
        List<Row> history = movements.history(product.id()).stream()
                .map(m -> new Row(m, m.variantId() == null ? null : optionName(product, m.variantId(), locale)))
                .toList();
        return Map.of("product", product, "history", history, "lowStock", lowStock);
    }

    /** A movement as the producer reads it: the reason's label comes from the bundles, the option by its name. */
    record Row(StockMovement movement, String option) {}

    private String optionName(Product product, long variantId, Locale locale) {
        return product.variant(variantId).map(v -> v.name(locale)).orElseGet(() -> messages.getMessage(
                        "stock.removedOption", locale)
                .orElseThrow());
    }
}
