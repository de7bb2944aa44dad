package th.otop.sellerportal.listing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import th.otop.catalog.image.PhotoStorage;

/** Serves stored product photos (the keys are random, and buyers see the same photos anyway). */
@Controller("/photos")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PhotoController {
    private final PhotoStorage storage;

    PhotoController(PhotoStorage storage) {
        this.storage = storage;
    }

    @Get(value = "/{+key}", produces = MediaType.IMAGE_JPEG)
    HttpResponse<byte[]> photo(String key) {
        if (!key.startsWith("products/") || !key.endsWith(".jpg")) {
            return HttpResponse.notFound();
        }
        return storage.get(key)
                .map(bytes -> HttpResponse.ok(bytes)
                        .contentType(MediaType.IMAGE_JPEG_TYPE)
                        .header("Cache-Control", "private, max-age=86400"))
                .orElseGet(HttpResponse::notFound);
    }
}
