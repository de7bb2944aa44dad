package th.otop.catalog.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.otop.catalog.image.PhotoRejectedException.Reason;

/** Each kind of bad upload is refused with its own reason and a message in Thai and English. */
class BadPhotosTest {
    private final MemoryPhotoStorage storage = new MemoryPhotoStorage();
    private final ProductPhotos photos = new ProductPhotos(storage, Duration.ofSeconds(30));

    @AfterEach
    void stopWorkers() {
        photos.close();
    }

    @Test
    void aPdfNamedLikeAJpegIsNotAnImage(@TempDir Path folder) throws IOException {
        Path renamed = folder.resolve("product-photo.jpg");
        Files.writeString(renamed, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        PhotoRejectedException e = rejected(Files.readAllBytes(renamed), Reason.NOT_AN_IMAGE);

        assertEquals("ไฟล์นี้ไม่ใช่รูปภาพ JPEG, PNG หรือ WebP", e.messageTh());
        assertEquals("This file is not a JPEG, PNG or WebP image.", e.messageEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "Tom yum goong, 120 baht, Chiang Mai", "<html><body>hi</body></html>"})
    void textIsNotAnImage(String text) {
        rejected(text.getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "bmp"})
    void otherImageTypesAreUnsupported(String type) {
        byte[] upload = TestPhotos.encode(TestPhotos.gradient(200, 100), type);

        PhotoRejectedException e = rejected(upload, Reason.UNSUPPORTED_TYPE);

        assertTrue(e.messageEn().contains(type.toUpperCase()), e.messageEn());
        assertTrue(e.messageTh().contains(type.toUpperCase()), e.messageTh());
    }

    @ParameterizedTest(name = "cut to {0} of the file")
    @ValueSource(doubles = {0.5, 0.9, 0.05, 0.01})
    void aTruncatedJpegIsCorrupt(double kept) {
        byte[] jpeg = TestPhotos.jpeg(800, 600);

        PhotoRejectedException e = rejected(Arrays.copyOf(jpeg, (int) (jpeg.length * kept)), Reason.CORRUPT);

        assertEquals("ไฟล์รูปภาพเสียหรือไม่สมบูรณ์ กรุณาอัปโหลดใหม่อีกครั้ง", e.messageTh());
        assertEquals("The photo file is damaged or incomplete. Please upload it again.", e.messageEn());
    }

    @Test
    void aTruncatedPngIsCorrupt() {
        byte[] png = TestPhotos.png(800, 600);

        rejected(Arrays.copyOf(png, png.length / 2), Reason.CORRUPT);
    }

    @Test
    void aPngClaimingHugeDimensionsIsRefusedFromItsHeader() {
        byte[] bomb = TestPhotos.pngClaiming(20_000, 20_000);
        PhotoHeader header = PhotoHeader.read(bomb);
        assertEquals(20_000, header.width());
        assertEquals(20_000, header.height());

        PhotoRejectedException e = rejected(bomb, Reason.TOO_MANY_PIXELS);

        assertTrue(e.messageEn().contains("20000 × 20000"), e.messageEn());
        assertTrue(e.messageTh().contains("40 ล้านพิกเซล"), e.messageTh());
    }

    @Test
    void theDecoderAlsoChecksTheDimensionsItWouldAllocate() {
        byte[] bomb = TestPhotos.pngClaiming(20_000, 20_000);

        PhotoRejectedException e = assertThrows(
                PhotoRejectedException.class,
                () -> PhotoDecoder.decode(bomb, PhotoHeader.read(bomb), ProductPhotos.MAX_PIXELS));

        assertEquals(Reason.TOO_MANY_PIXELS, e.reason());
    }

    @Test
    void aWebPClaimingHugeDimensionsIsRefusedFromItsHeader() {
        rejected(TestPhotos.webpClaiming(10_000, 5_000), Reason.TOO_MANY_PIXELS);
    }

    @Test
    void anUploadOverFifteenMegabytesIsRefusedBeforeAnythingElse() {
        byte[] upload = new byte[(int) ProductPhotos.MAX_BYTES + 1];
        upload[0] = (byte) 0xFF;
        upload[1] = (byte) 0xD8;

        PhotoRejectedException e = rejected(upload, Reason.TOO_LARGE_BYTES);

        assertTrue(e.messageEn().contains("15 MB"), e.messageEn());
        assertTrue(e.messageTh().contains("15 MB"), e.messageTh());
    }

    @Test
    void exactlyFifteenMegabytesIsNotTooLarge() {
        byte[] upload = new byte[(int) ProductPhotos.MAX_BYTES];
        upload[0] = (byte) 0xFF;
        upload[1] = (byte) 0xD8;

        PhotoRejectedException e = assertThrows(PhotoRejectedException.class, () -> photos.process(upload, "p/1"));

        assertNotEquals(Reason.TOO_LARGE_BYTES, e.reason());
    }

    private PhotoRejectedException rejected(byte[] upload, Reason expected) {
        PhotoRejectedException e = assertThrows(PhotoRejectedException.class, () -> photos.process(upload, "p/1"));
        assertEquals(expected, e.reason(), e.messageEn());
        assertTrue(
                e.messageTh().codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI),
                "Thai message: " + e.messageTh());
        assertFalse(e.messageEn().isBlank());
        assertEquals(e.messageEn(), e.getMessage());
        assertTrue(storage.files.isEmpty(), "nothing stored for a rejected upload");
        return e;
    }
}
