package th.otop.catalog.image;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A processed, stored product photo.
 *
 * @param key the common key prefix of all sizes of this photo
 * @param width width of the upright original in pixels
 * @param height height of the upright original in pixels
 * @param keys the storage key of the JPEG for every size
 */
public record StoredPhoto(String key, int width, int height, Map<PhotoSize, String> keys) {
    public StoredPhoto {
        Objects.requireNonNull(key, "key");
        keys = Collections.unmodifiableMap(new EnumMap<>(keys));
    }

    public String keyFor(PhotoSize size) {
        return keys.get(size);
    }
}
