package th.otop.catalog.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Applies the EXIF Orientation to the pixels, because the re-encoded JPEG no longer carries the tag. */
final class Orientation {
    private Orientation() {}

    /** The image as a viewer would show it, as opaque RGB that the JPEG encoder accepts. */
    static BufferedImage upright(BufferedImage image, int exifOrientation) {
        int type = image.getType();
        boolean plainRgb = type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB;
        if (exifOrientation == PhotoHeader.UPRIGHT && plainRgb) {
            // The common phone JPEG: skip a second full-size copy of up to 40 megapixels.
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean turned = exifOrientation >= 5;
        BufferedImage upright =
                new BufferedImage(turned ? height : width, turned ? width : height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            // JPEG has no transparency; white keeps see-through parts of a PNG from turning black.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, upright.getWidth(), upright.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform(exifOrientation, width, height), null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /** Maps stored pixels to displayed pixels for each EXIF Orientation value (TIFF 6.0, tag 274). */
    static AffineTransform transform(int exifOrientation, int width, int height) {
        return switch (exifOrientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0); // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height); // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored across the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0); // turned 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // mirrored across the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width); // turned 90° counter-clockwise
            default -> new AffineTransform();
        };
    }
}
