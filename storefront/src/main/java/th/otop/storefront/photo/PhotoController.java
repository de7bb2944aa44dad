package th.otop.storefront.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.regex.Pattern;
import th.otop.catalog.image.PhotoStorage;

/**
 * Product photos from the photo storage. Every stored photo has a fresh random key and is never changed in place,
 * so browsers and CDNs may keep it for a year without asking again.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/photos")
class PhotoController {
    /** {@code <folders>/<uuid>/(list|page|zoom).jpg}, nothing else: no dots in folders, no other files. */
    static final Pattern KEY = Pattern.compile("([A-Za-z0-9_-]{1,64}/){1,6}[0-9a-f-]{36}/(list|page|zoom)\\.jpg");

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final PhotoStorage storage;

    PhotoController(PhotoStorage storage) {
        this.storage = storage;
    }

    @Get("/{+key}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> photo(String key, @Nullable @Header("If-None-Match") String ifNoneMatch) {
        if (!KEY.matcher(key).matches()) {
            return HttpResponse.notFound();
        }
        String etag = "\"" + Integer.toHexString(key.hashCode()) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return HttpResponse.notModified().header("ETag", etag).header("Cache-Control", CACHE_FOREVER);
        }
        return storage.get(key)
                .<HttpResponse<?>>map(bytes -> HttpResponse.ok(bytes)
                        .contentType(MediaType.IMAGE_JPEG_TYPE)
                        .header("Cache-Control", CACHE_FOREVER)
                        .header("ETag", etag))
                .orElseGet(HttpResponse::notFound);
    }
}
