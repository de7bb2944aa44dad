package th.otop.catalog.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Builds test uploads in memory, so every case shows exactly what makes the file good or bad. */
final class TestPhotos {
    /** 1×1 WebP samples (lossy, lossless, lossy with alpha in an extended VP8X file). */
    static final String WEBP_LOSSY = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";

    static final String WEBP_LOSSLESS = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";
    static final String WEBP_EXTENDED =
            "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==";

    private TestPhotos() {}

    static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.DARK_GRAY));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Blue, with a red block in the top-left and a green block in the top-right corner. */
    static BufferedImage cornerMarked(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 3, height / 3);
        g.setColor(Color.GREEN);
        g.fillRect(width - width / 3, 0, width / 3, height / 3);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        return encode(gradient(width, height), "jpg");
    }

    static byte[] png(int width, int height) {
        return encode(gradient(width, height), "png");
    }

    static byte[] webp(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    /** Adds EXIF to a JPEG: the Orientation tag, and a GPS position when {@code latitude} is not null. */
    static byte[] withExif(byte[] jpeg, int orientation, Double latitude, Double longitude) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            if (latitude != null) {
                exif.setGpsInDegrees(longitude, latitude);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real, tiny PNG whose IHDR claims other dimensions, with a valid CRC so only the size is a lie. */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = png(1, 1);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height as big-endian ints.
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }

    /** The extended 1×1 WebP with its VP8X canvas size changed; the pixels stay 1×1. */
    static byte[] webpClaiming(int width, int height) {
        byte[] webp = webp(WEBP_EXTENDED);
        // RIFF header (12), VP8X chunk header (8), flags and reserved (4), then width-1 and height-1 (24 bits LE).
        putUint24(webp, 24, width - 1);
        putUint24(webp, 27, height - 1);
        return webp;
    }

    private static void putUint24(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >> 8);
        bytes[offset + 2] = (byte) (value >> 16);
    }
}
