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
import java.util.regex.Pattern;

/** The product page at {@code /p/{publicId}/{slug}}; any other slug, or none, redirects there for good. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/p")
class ProductController {
    static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-z]{6,20}");

    private final ProductPages pages;
    private final HttpLocaleResolver locales;

    ProductController(ProductPages pages, HttpLocaleResolver locales) {
        this.pages = pages;
        this.locales = locales;
    }

    @Get("/{publicId}{/slug}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> show(String publicId, @Nullable String slug, HttpRequest<?> request) {
        if (!PUBLIC_ID.matcher(publicId).matches()) {
            return HttpResponse.notFound();
        }
        return pages.show(publicId, slug, request, locales.resolveOrDefault(request));
    }
}
