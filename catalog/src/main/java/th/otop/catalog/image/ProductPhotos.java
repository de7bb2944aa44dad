package th.otop.catalog.image;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Turns a producer's upload into stored, metadata-free JPEGs in every {@link PhotoSize}. */
@Singleton
public class ProductPhotos implements AutoCloseable {
    /** 15 MB: a full-resolution phone photo fits; more is not a product photo. */
    public static final long MAX_BYTES = 15L * 1024 * 1024;
    /** 40 megapixels: 160 MB per decoded copy, and each of the two workers may hold two while turning it upright. */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final int WORKER_THREADS = 2;
    private static final int WAITING_UPLOADS = 8;

    private final PhotoStorage storage;
    private final PhotoWorkers workers;

    public ProductPhotos(PhotoStorage storage, @Value("${otop.photos.timeout:15s}") Duration timeout) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.workers = new PhotoWorkers(WORKER_THREADS, WAITING_UPLOADS, timeout);
    }

    /**
     * Checks, cleans, resizes and stores an upload under {@code keyPrefix/<random id>/<size>.jpg}.
     *
     * @throws PhotoRejectedException when the upload cannot be used, with messages for the producer
     */
    public StoredPhoto process(byte[] upload, String keyPrefix) {
        Objects.requireNonNull(upload, "upload");
        if (keyPrefix == null || keyPrefix.isBlank()) {
            throw new IllegalArgumentException("keyPrefix must not be blank");
        }
        if (upload.length > MAX_BYTES) {
            throw PhotoRejectedException.tooLargeBytes(MAX_BYTES);
        }
        Rendered rendered = workers.run(() -> render(upload));
        return store(rendered, keyPrefix + "/" + UUID.randomUUID());
    }

    /** Removes every size of the photo. */
    public void delete(StoredPhoto photo) {
        photo.keys().values().forEach(storage::delete);
    }

    private static Rendered render(byte[] upload) {
        PhotoHeader header = PhotoHeader.read(upload);
        if (header.pixels() > MAX_PIXELS) {
            throw PhotoRejectedException.tooManyPixels(header.width(), header.height(), MAX_PIXELS);
        }
        BufferedImage decoded = PhotoDecoder.decode(upload, header, MAX_PIXELS);
        BufferedImage upright = Orientation.upright(decoded, header.orientation());
        return new Rendered(upright.getWidth(), upright.getHeight(), JpegRenditions.of(upright));
    }

    private StoredPhoto store(Rendered rendered, String key) {
        Map<PhotoSize, String> keys = new EnumMap<>(PhotoSize.class);
        try {
            rendered.jpegs().forEach((size, jpeg) -> {
                String sizeKey = key + "/" + size.name().toLowerCase(Locale.ROOT) + ".jpg";
                keys.put(size, sizeKey);
                storage.put(sizeKey, jpeg, JpegRenditions.CONTENT_TYPE);
            });
        } catch (RuntimeException e) {
            // A photo is stored in every size or not at all.
            for (String written : keys.values()) {
                try {
                    storage.delete(written);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        return new StoredPhoto(key, rendered.width(), rendered.height(), keys);
    }

    @PreDestroy
    @Override
    public void close() {
        workers.close();
    }

    private record Rendered(int width, int height, Map<PhotoSize, byte[]> jpegs) {}
}
