package th.otop.catalog.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import net.coobird.thumbnailator.Thumbnails;

/** Encodes an upright photo as one JPEG per {@link PhotoSize}. */
final class JpegRenditions {
    static final String CONTENT_TYPE = "image/jpeg";
    private static final float QUALITY = 0.85f;

    private JpegRenditions() {}

    static Map<PhotoSize, byte[]> of(BufferedImage upright) {
        Map<PhotoSize, byte[]> jpegs = new EnumMap<>(PhotoSize.class);
        BufferedImage source = upright;
        // Largest first, each from the one before, so the full-size original is scaled down only once.
        for (PhotoSize size : new PhotoSize[] {PhotoSize.ZOOM, PhotoSize.PAGE, PhotoSize.LIST}) {
            source = shrink(source, size.longestSide());
            jpegs.put(size, jpeg(source));
        }
        return jpegs;
    }

    private static BufferedImage shrink(BufferedImage image, int longestSide) {
        if (Math.max(image.getWidth(), image.getHeight()) <= longestSide) {
            return image;
        }
        try {
            return Thumbnails.of(image).size(longestSide, longestSide).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh JPEG from pixels alone, so nothing of the upload's metadata (EXIF, GPS, XMP) survives. */
    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.of(image)
                    .scale(1.0)
                    .outputFormat("jpg")
                    .outputQuality(QUALITY)
                    .toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
