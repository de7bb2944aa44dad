package th.otop.storefront.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Lets browsers keep the shared look: fonts never change under their names, so a year; stylesheets and scripts for an
 * hour, so a deployment reaches every phone the same day without versioned file names.
 */
@ServerFilter({"/fonts/**", "/css/**", "/js/**"})
class StaticCaching {
    @ResponseFilter
    void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() != HttpStatus.OK || response.getHeaders().contains("Cache-Control")) {
            return;
        }
        response.getHeaders()
                .add(
                        "Cache-Control",
                        request.getPath().startsWith("/fonts/")
                                ? "public, max-age=31536000, immutable"
                                : "public, max-age=3600");
    }
}
