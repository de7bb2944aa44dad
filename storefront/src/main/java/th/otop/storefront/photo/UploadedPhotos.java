package th.otop.storefront.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import th.otop.catalog.image.PhotoRejectedException;
import th.otop.catalog.image.PhotoSize;
import th.otop.catalog.image.PhotoStorage;
import th.otop.catalog.image.ProductPhotos;
import th.otop.catalog.image.StoredPhoto;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/**
 * A shopper's optional photo (complaint evidence, a review) through the same pipeline as product photos: checked by
 * its content, stripped of its metadata, stored in every size. The answer is the key the pages show it by.
 */
@Singleton
public class UploadedPhotos {
    private final ProductPhotos photos;
    private final PhotoStorage storage;

    UploadedPhotos(ProductPhotos photos, PhotoStorage storage) {
        this.photos = photos;
        this.storage = storage;
    }

    /** The stored photo's key, or null when no file was chosen; a file that is no usable photo is refused. */
    @Nullable
    public String store(@Nullable CompletedFileUpload upload, String keyPrefix) {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        try {
            if (upload.getSize() > ProductPhotos.MAX_BYTES) {
                // refused before reading the whole file into memory
                throw new PhotoRejectedException(
                        PhotoRejectedException.Reason.TOO_LARGE_BYTES,
                        "ไฟล์รูปภาพใหญ่เกิน 15 MB",
                        "The photo file is larger than 15 MB",
                        null);
            }
            StoredPhoto stored = photos.process(upload.getBytes(), keyPrefix);
            return stored.key();
        } catch (PhotoRejectedException e) {
            throw new InvalidInputException(List.of(new FieldError("photo", e.messageTh(), e.messageEn())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every size of a photo stored for something that was then refused, so nothing is left behind. */
    public void discard(@Nullable String key) {
        if (key != null) {
            for (PhotoSize size : PhotoSize.values()) {
                storage.delete(key + "/" + size.name().toLowerCase(Locale.ROOT) + ".jpg");
            }
        }
    }
}
