package th.otop.catalog.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductPhotosTest {
    private final MemoryPhotoStorage storage = new MemoryPhotoStorage();
    private final ProductPhotos photos = new ProductPhotos(storage, Duration.ofSeconds(30));

    @AfterEach
    void stopWorkers() {
        photos.close();
    }

    @Test
    void storesThreeJpegSizesByTheLongestSide() throws IOException {
        StoredPhoto photo = photos.process(TestPhotos.jpeg(3000, 2000), "products/42");

        assertEquals(3000, photo.width());
        assertEquals(2000, photo.height());
        assertTrue(photo.key().startsWith("products/42/"), photo.key());
        assertSize(photo, PhotoSize.LIST, 400, 267);
        assertSize(photo, PhotoSize.PAGE, 1000, 667);
        assertSize(photo, PhotoSize.ZOOM, 2000, 1333);
        for (String key : photo.keys().values()) {
            assertTrue(key.startsWith(photo.key() + "/") && key.endsWith(".jpg"), key);
            assertEquals("image/jpeg", storage.contentTypes.get(key));
            assertEquals(ImageFormats.JPEG, Imaging.guessFormat(stored(key)));
        }
    }

    @Test
    void portraitPhotosAreLimitedByTheirHeight() throws IOException {
        StoredPhoto photo = photos.process(TestPhotos.png(1500, 3000), "products/7");

        assertSize(photo, PhotoSize.LIST, 200, 400);
        assertSize(photo, PhotoSize.PAGE, 500, 1000);
        assertSize(photo, PhotoSize.ZOOM, 1000, 2000);
    }

    @Test
    void smallPhotosAreNeverEnlarged() throws IOException {
        StoredPhoto photo = photos.process(TestPhotos.png(600, 300), "products/7");

        assertSize(photo, PhotoSize.LIST, 400, 200);
        assertSize(photo, PhotoSize.PAGE, 600, 300);
        assertSize(photo, PhotoSize.ZOOM, 600, 300);
    }

    @Test
    void gpsAndExifAreRemovedAndTheOrientationIsApplied() throws IOException {
        byte[] upload =
                TestPhotos.withExif(TestPhotos.encode(TestPhotos.cornerMarked(600, 400), "jpg"), 6, 18.7883, 98.9853);
        TiffImageMetadata uploadExif = ((JpegImageMetadata) Imaging.getMetadata(upload)).getExif();
        assertEquals(18.7883, uploadExif.getGpsInfo().getLatitudeAsDegreesNorth(), 0.001);
        assertEquals(
                6, uploadExif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue());

        StoredPhoto photo = photos.process(upload, "products/9");

        assertEquals(400, photo.width());
        assertEquals(600, photo.height());
        assertSize(photo, PhotoSize.LIST, 267, 400);
        assertSize(photo, PhotoSize.ZOOM, 400, 600);
        for (String key : photo.keys().values()) {
            byte[] jpeg = stored(key);
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            if (metadata != null) {
                JpegImageMetadata jpegMetadata = assertInstanceOf(JpegImageMetadata.class, metadata);
                assertNull(jpegMetadata.getExif(), key + " still has EXIF");
            }
            assertFalse(contains(jpeg, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)), key + " has an EXIF segment");
        }
        BufferedImage zoom = image(photo, PhotoSize.ZOOM);
        // Turned clockwise: the stored top-left (red) is now top-right, the stored top-right (green) bottom-right.
        assertEquals(Color.RED, dominant(zoom, zoom.getWidth() - 20, 20));
        assertEquals(Color.GREEN, dominant(zoom, zoom.getWidth() - 20, zoom.getHeight() - 20));
    }

    @Test
    void transparentPartsOfAPngBecomeWhite() throws IOException {
        BufferedImage logo = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(50, 25, 100, 50);
        g.dispose();

        StoredPhoto photo = photos.process(TestPhotos.encode(logo, "png"), "products/3");

        BufferedImage zoom = image(photo, PhotoSize.ZOOM);
        assertTrue(new Color(zoom.getRGB(5, 5)).getBlue() > 240, "corner should be white, not black");
        assertEquals(Color.RED, dominant(zoom, 100, 50));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestPhotos.WEBP_LOSSY, TestPhotos.WEBP_LOSSLESS, TestPhotos.WEBP_EXTENDED})
    void acceptsWebP(String webp) throws IOException {
        StoredPhoto photo = photos.process(TestPhotos.webp(webp), "products/5");

        assertEquals(1, photo.width());
        assertEquals(1, photo.height());
        assertSize(photo, PhotoSize.ZOOM, 1, 1);
        assertEquals(ImageFormats.JPEG, Imaging.guessFormat(stored(photo.keyFor(PhotoSize.ZOOM))));
    }

    @Test
    void aFailedStoreLeavesNoSizeBehind() {
        MemoryPhotoStorage failingSecondPut = new MemoryPhotoStorage(2);
        try (ProductPhotos withFailingStorage = new ProductPhotos(failingSecondPut, Duration.ofSeconds(30))) {
            assertThrows(
                    IllegalStateException.class,
                    () -> withFailingStorage.process(TestPhotos.jpeg(800, 600), "products/1"));
        }
        assertTrue(
                failingSecondPut.files.isEmpty(),
                failingSecondPut.files.keySet().toString());
    }

    @Test
    void aSlowDecodeIsRefusedWithTimeout() {
        try (ProductPhotos impatient = new ProductPhotos(storage, Duration.ofMillis(1))) {
            PhotoRejectedException e = assertThrows(
                    PhotoRejectedException.class, () -> impatient.process(TestPhotos.png(3000, 2000), "products/1"));
            assertEquals(PhotoRejectedException.Reason.TIMEOUT, e.reason());
        }
        assertTrue(storage.files.isEmpty());
    }

    @Test
    void deleteRemovesEverySize() {
        StoredPhoto photo = photos.process(TestPhotos.jpeg(500, 500), "products/2");
        assertEquals(3, storage.files.size());

        photos.delete(photo);

        assertTrue(storage.files.isEmpty());
    }

    @Test
    void everyUploadGetsItsOwnKey() {
        byte[] upload = TestPhotos.jpeg(100, 100);

        StoredPhoto first = photos.process(upload, "products/2");
        StoredPhoto second = photos.process(upload, "products/2");

        assertFalse(first.key().equals(second.key()));
        assertEquals(6, storage.files.size());
    }

    private void assertSize(StoredPhoto photo, PhotoSize size, int width, int height) throws IOException {
        BufferedImage image = image(photo, size);
        assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight(), size.name());
    }

    private BufferedImage image(StoredPhoto photo, PhotoSize size) throws IOException {
        String key = photo.keyFor(size);
        assertNotNull(key, size.name());
        return ImageIO.read(new ByteArrayInputStream(stored(key)));
    }

    private byte[] stored(String key) {
        return storage.get(key).orElseThrow(() -> new AssertionError("not stored: " + key));
    }

    /** The clearly strongest channel at a point, so JPEG's small colour shifts do not matter. */
    static Color dominant(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        Map<Color, Integer> channels =
                Map.of(Color.RED, c.getRed(), Color.GREEN, c.getGreen(), Color.BLUE, c.getBlue());
        return channels.entrySet().stream()
                .filter(e -> e.getValue() > 150
                        && channels.values().stream().filter(v -> v > 100).count() == 1)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(c);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
