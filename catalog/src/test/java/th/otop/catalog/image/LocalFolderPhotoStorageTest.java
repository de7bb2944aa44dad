package th.otop.catalog.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFolderPhotoStorageTest {
    @TempDir
    Path temp;

    private LocalFolderPhotoStorage storage() {
        return new LocalFolderPhotoStorage(temp.resolve("photos").toString());
    }

    @Test
    void storesReadsAndDeletesByKey() {
        LocalFolderPhotoStorage storage = storage();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};

        storage.put("products/42/abc/list.jpg", jpeg, "image/jpeg");

        assertTrue(Files.isRegularFile(temp.resolve("photos/products/42/abc/list.jpg")));
        assertArrayEquals(jpeg, storage.get("products/42/abc/list.jpg").orElseThrow());
        storage.delete("products/42/abc/list.jpg");
        assertTrue(storage.get("products/42/abc/list.jpg").isEmpty());
    }

    @Test
    void putReplacesAndLeavesNoTemporaryFiles() throws IOException {
        LocalFolderPhotoStorage storage = storage();

        storage.put("p/1.jpg", new byte[] {1}, "image/jpeg");
        storage.put("p/1.jpg", new byte[] {2, 2}, "image/jpeg");

        assertArrayEquals(new byte[] {2, 2}, storage.get("p/1.jpg").orElseThrow());
        try (Stream<Path> files = Files.list(temp.resolve("photos/p"))) {
            assertEquals(
                    List.of("1.jpg"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void missingKeysAreEmptyAndDeletingThemIsHarmless() {
        LocalFolderPhotoStorage storage = storage();

        assertTrue(storage.get("products/none.jpg").isEmpty());
        storage.delete("products/none.jpg");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..",
                "products/../../outside.jpg",
                "/etc/passwd",
                "products\\..\\..\\outside.jpg",
                ".hidden",
                "products/./list.jpg",
                "products//list.jpg",
                "products/list.jpg/",
                "",
                "products/ list.jpg"
            })
    void refusesKeysThatCouldLeaveTheFolder(String key) throws IOException {
        LocalFolderPhotoStorage storage = storage();

        assertThrows(IllegalArgumentException.class, () -> storage.put(key, new byte[] {1}, "image/jpeg"));
        assertThrows(IllegalArgumentException.class, () -> storage.get(key));
        assertThrows(IllegalArgumentException.class, () -> storage.delete(key));
        try (Stream<Path> created = Files.walk(temp)) {
            assertEquals(List.of(temp), created.toList(), "nothing may be written anywhere");
        }
    }

    @Test
    void defaultsToAFolderInTheSystemTemp() {
        LocalFolderPhotoStorage storage = new LocalFolderPhotoStorage("");
        String key = "storage-test/" + UUID.randomUUID() + ".jpg";
        Path expected = Path.of(System.getProperty("java.io.tmpdir"), "otop-photos", key);
        try {
            storage.put(key, new byte[] {7}, "image/jpeg");
            assertTrue(Files.isRegularFile(expected), expected.toString());
        } finally {
            storage.delete(key);
        }
        assertFalse(Files.exists(expected));
    }
}
