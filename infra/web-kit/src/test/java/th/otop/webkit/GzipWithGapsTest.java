package th.otop.webkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipWithGapsTest {
    private static final byte[] TOKEN = "aGVsbG8td29ybGQ.c2VjcmV0LXJhbmRvbS12YWx1ZQ".getBytes(StandardCharsets.UTF_8);

    /** A product page's shape: Thai and English text, with the token in hidden fields and form actions. */
    private static List<byte[]> pageParts(int forms) {
        List<byte[]> parts = new ArrayList<>();
        parts.add("<!DOCTYPE html><html lang=\"th\"><head><title>ผ้าไหมทอมือ · OTOP</title></head><body><main>"
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < forms; i++) {
            parts.add(("\"><input type=\"hidden\" name=\"csrfToken\" value=\"").getBytes(StandardCharsets.UTF_8));
            parts.add(("\"><input type=\"hidden\" name=\"product\" value=\"P" + i
                            + "\"><button>บันทึก ผ้าไหมมัดหมี่บ้านหนองบัว " + i + "</button></form>"
                            + "<form method=\"post\" action=\"/favourites?csrfToken=")
                    .getBytes(StandardCharsets.UTF_8));
        }
        parts.add("\"></form></main></body></html>".getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    private static byte[] joined(List<byte[]> parts, byte[] gap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(gap);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzip) throws Exception {
        // GZIPInputStream checks the trailer's CRC-32 and length
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void eachVisitorsTokenGoesInEveryGapOfOneValidGzipStream() throws Exception {
        List<byte[]> parts = pageParts(6);
        GzipWithGaps page = GzipWithGaps.of(parts, TOKEN.length);
        byte[] other = "b3RoZXItdmlzaXRvcg.YW5vdGhlci1yYW5kb20tdmF".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(joined(parts, TOKEN), gunzip(page.gzip(TOKEN)));
        assertArrayEquals(joined(parts, other), gunzip(page.gzip(other)));
        assertArrayEquals(joined(parts, other), page.plain(other));
    }

    @Test
    void theSystemsGzipReadsItToo() throws Exception {
        List<byte[]> parts = pageParts(3);
        Process gzip = new ProcessBuilder("gzip", "-dc").start();
        gzip.getOutputStream().write(GzipWithGaps.of(parts, TOKEN.length).gzip(TOKEN));
        gzip.getOutputStream().close();
        byte[] text = gzip.getInputStream().readAllBytes();

        assertTrue(gzip.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, gzip.exitValue(), new String(gzip.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertArrayEquals(joined(parts, TOKEN), text);
    }

    @Test
    void emptyPartsAndNoGapsAtAllAreFine() throws Exception {
        byte[] empty = new byte[0];
        List<byte[]> gapsOnly = List.of(empty, empty, empty);
        assertArrayEquals(
                joined(gapsOnly, TOKEN),
                gunzip(GzipWithGaps.of(gapsOnly, TOKEN.length).gzip(TOKEN)));

        byte[] whole = "หน้าเดียว ไม่มีช่อง".getBytes(StandardCharsets.UTF_8);
        GzipWithGaps single = GzipWithGaps.of(List.of(whole), TOKEN.length);
        assertArrayEquals(whole, gunzip(single.gzip(TOKEN)));
    }

    @Test
    void partsStillReferBackAcrossGapsSoThePageCompressesAboutAsWellAsInOnePiece() throws Exception {
        List<byte[]> parts = pageParts(12);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(whole)) {
            gzip.write(joined(parts, TOKEN));
        }
        int separately = parts.stream()
                .mapToInt(p -> GzipWithGaps.of(List.of(p), 0).compressedBytes())
                .sum();

        GzipWithGaps page = GzipWithGaps.of(parts, TOKEN.length);
        int sent = page.gzip(TOKEN).length;

        assertTrue(page.compressedBytes() < separately / 3, page.compressedBytes() + " vs parts alone " + separately);
        // the tokens go as they are (a whole-page gzip compresses them against each other), and each flush at a gap
        // costs a few bytes
        int tokensAsStored = (parts.size() - 1) * (TOKEN.length + 5);
        int flushes = parts.size() * 8;
        assertTrue(sent < whole.size() + tokensAsStored + flushes, sent + " vs " + whole.size());
    }

    @Test
    void aFillerOfAnotherLengthIsRefused() {
        GzipWithGaps page = GzipWithGaps.of(pageParts(1), TOKEN.length);

        assertThrows(IllegalArgumentException.class, () -> page.gzip(new byte[TOKEN.length - 1]));
    }

    @Test
    void combinedChecksumsMatchTheChecksumOfTheWhole() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] a = new byte[random.nextInt(3000)];
            byte[] b = new byte[round % 10 == 0 ? 0 : random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);

            int combined = GzipWithGaps.Crc32.combine(
                    GzipWithGaps.Crc32.of(a), GzipWithGaps.Crc32.shiftBy(b.length), GzipWithGaps.Crc32.of(b));

            assertEquals((int) whole.getValue(), combined, "lengths " + a.length + " and " + b.length);
        }
    }
}
