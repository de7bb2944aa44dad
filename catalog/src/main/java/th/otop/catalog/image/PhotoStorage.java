package th.otop.catalog.image;

import java.util.Optional;

/** Where photo files live. Keys are relative paths such as {@code products/42/ab12/list.jpg}. */
public interface PhotoStorage {
    void put(String key, byte[] bytes, String contentType);

    Optional<byte[]> get(String key);

    /** Does nothing when the key is not stored. */
    void delete(String key);
}
