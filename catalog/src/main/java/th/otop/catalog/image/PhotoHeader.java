package th.otop.catalog.image;

import java.awt.Dimension;
import java.io.IOException;
import java.util.Set;
import org.apache.commons.imaging.ImageFormat;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.png.PngImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.webp.WebPImageMetadata;

/** What an upload's header says about it, read without decoding any pixels. */
record PhotoHeader(ImageFormats format, int width, int height, int orientation) {
    static final int UPRIGHT = 1;
    private static final Set<ImageFormats> ACCEPTED = Set.of(ImageFormats.JPEG, ImageFormats.PNG, ImageFormats.WEBP);

    long pixels() {
        return (long) width * height;
    }

    static PhotoHeader read(byte[] bytes) {
        ImageFormats format = format(bytes);
        Dimension size;
        try {
            size = Imaging.getImageSize(bytes);
        } catch (IOException | RuntimeException e) {
            throw PhotoRejectedException.corrupt(e);
        }
        if (size.width <= 0 || size.height <= 0) {
            throw PhotoRejectedException.corrupt(null);
        }
        return new PhotoHeader(format, size.width, size.height, orientation(bytes));
    }

    private static ImageFormats format(byte[] bytes) {
        ImageFormat guessed;
        try {
            guessed = Imaging.guessFormat(bytes);
        } catch (IOException | RuntimeException e) {
            // Commons Imaging throws on inputs too short to hold any magic number.
            throw PhotoRejectedException.notAnImage();
        }
        if (!(guessed instanceof ImageFormats format) || format == ImageFormats.UNKNOWN) {
            throw PhotoRejectedException.notAnImage();
        }
        if (!ACCEPTED.contains(format)) {
            throw PhotoRejectedException.unsupportedType(format.getName());
        }
        return format;
    }

    /** The EXIF Orientation value 1 to 8; upright when missing or unreadable. */
    private static int orientation(byte[] bytes) {
        try {
            TiffImageMetadata exif = exif(Imaging.getMetadata(bytes));
            TiffField field = exif == null ? null : exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
            int value = field == null ? UPRIGHT : field.getIntValue();
            return value >= 1 && value <= 8 ? value : UPRIGHT;
        } catch (IOException | RuntimeException e) {
            // Broken metadata says nothing about the pixels; the decoder decides whether the file is usable.
            return UPRIGHT;
        }
    }

    private static TiffImageMetadata exif(ImageMetadata metadata) {
        if (metadata instanceof JpegImageMetadata jpeg) {
            return jpeg.getExif();
        }
        if (metadata instanceof PngImageMetadata png) {
            return png.getExif();
        }
        if (metadata instanceof WebPImageMetadata webp) {
            return webp.getExif();
        }
        return null;
    }
}
