package th.otop.sellerportal.stock;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.catalog.product.Products;
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
    private final int lowStock;

    StockController(
            Products products, StockMovements movements, Shop shop, @Value("${otop.portal.low-stock:5}") int lowStock) {
        this.products = products;
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
    Map<String, Object> history(Authentication authentication, String publicId) {
        Product product = products.listByProducer(shop.id(authentication)).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(new ProductId(0)));
        return Map.of("product", product, "history", movements.history(product.id()), "lowStock", lowStock);
    }
}
