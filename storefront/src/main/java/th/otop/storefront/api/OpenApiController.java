package th.otop.storefront.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Serves the OpenAPI document the compiler generated from the API's controllers (micronaut-openapi): the public
 * linkages and the outlets' wholesale API with the sign-in it needs.
 */
@Hidden
@Controller("/api/v1")
class OpenApiController {
    static final String DOCUMENT = "classpath:META-INF/swagger/otop-api-1.yml";

    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/openapi.yml")
    HttpResponse<byte[]> document() {
        Optional<InputStream> document = resources.getResourceAsStream(DOCUMENT);
        if (document.isEmpty()) {
            return HttpResponse.notFound();
        }
        try (InputStream in = document.get()) {
            return HttpResponse.ok(in.readAllBytes())
                    .contentType("application/yaml")
                    .header("Cache-Control", "public, max-age=3600");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
