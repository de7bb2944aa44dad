package th.otop.catalog.image;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps photos as files below one folder ({@code otop.photos.folder}, by default
 * {@code ${java.io.tmpdir}/otop-photos}). Any other {@link PhotoStorage} bean, such as object storage,
 * takes its place.
 */
@Singleton
@Secondary
public class LocalFolderPhotoStorage implements PhotoStorage {
    /** Slash-separated names that cannot start with a dot, so no "..", no hidden or temporary files. */
    private static final Pattern SAFE_KEY =
            Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){0,15}");

    private final Path root;

    public LocalFolderPhotoStorage(@Value("${otop.photos.folder:}") String folder) {
        // Micronaut cannot nest ${java.io.tmpdir} inside a placeholder default, so the default lives here.
        Path chosen = folder == null || folder.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "otop-photos")
                : Path.of(folder);
        this.root = chosen.toAbsolutePath().normalize();
    }

    /**
     * @param contentType unused here: the key's extension already tells the type
     */
    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        Path file = fileFor(key);
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            // Readers never see a half-written photo: write aside, then rename into place.
            temporary = Files.createTempFile(file.getParent(), ".put-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot store photo " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = fileFor(key);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read photo " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = fileFor(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete photo " + key, e);
        }
    }

    private Path fileFor(String key) {
        if (key == null || !SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a safe photo key: " + key);
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Photo key leaves the photo folder: " + key);
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The rename failed already; a stray temporary file is harmless and invisible to keys.
        }
    }
}
