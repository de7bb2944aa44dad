package th.otop.storefront.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.storefront.site.Slug;
import th.otop.webkit.security.GuestPageCache;

/** The product page at {@code /p/{publicId}/{slug}}; any other slug, or none, redirects there for good. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/p")
class ProductController {
    static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-z]{6,20}");

    private final Products products;
    private final ProductPages pages;
    private final HttpLocaleResolver locales;
    private final GuestPageCache guestPages;

    ProductController(Products products, ProductPages pages, HttpLocaleResolver locales, GuestPageCache guestPages) {
        this.products = products;
        this.pages = pages;
        this.locales = locales;
        this.guestPages = guestPages;
    }

    @Get("/{publicId}{/slug}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    // one connection and one transaction for the page's several reads, instead of one each
    @Transactional(readOnly = true)
    HttpResponse<?> show(String publicId, @Nullable String slug, HttpRequest<?> request) {
        Optional<HttpResponse<byte[]>> kept = guestPages.kept(
                request, () -> products.publishedVersion(publicId).map(ProductPages::stamp));
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<Product> found =
                PUBLIC_ID.matcher(publicId).matches() ? products.findPublished(publicId) : Optional.empty();
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Product product = found.get();
        String expectedSlug = Slug.of(ProductPage.canonicalTitle(product));
        if (!expectedSlug.equals(slug == null ? "" : slug)) {
            return pages.visibleProducer(product).isEmpty()
                    ? HttpResponse.notFound()
                    : HttpResponse.permanentRedirect(
                            URI.create(ProductLinks.product(product.publicId(), ProductPage.canonicalTitle(product))));
        }
        // the page itself is not found when its producer is hidden: render reads the producer once for both
        return pages.render(product, request, locales.resolveOrDefault(request), null, null, List.of())
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }
}
