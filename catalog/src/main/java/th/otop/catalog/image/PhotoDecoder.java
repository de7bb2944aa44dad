package th.otop.catalog.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.commons.imaging.ImageFormats;

/** Turns checked upload bytes into pixels with the ImageIO reader for the format found by content. */
final class PhotoDecoder {
    private PhotoDecoder() {}

    static BufferedImage decode(byte[] bytes, PhotoHeader header, long maxPixels) {
        ImageReader reader = readerFor(header.format());
        TruncationWatch truncation = new TruncationWatch();
        // The upload is already in memory; ImageIO's default file cache would only add disk writes.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            // The reader may parse the header differently from Commons Imaging; check what it will allocate.
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw PhotoRejectedException.tooManyPixels(width, height, maxPixels);
            }
            reader.addIIOReadWarningListener(truncation);
            reader.addIIOReadProgressListener(new AbortWhenInterrupted());
            BufferedImage image = reader.read(0);
            if (Thread.currentThread().isInterrupted()) {
                // Aborted on timeout: the caller has already given up, so stop before resizing.
                throw PhotoRejectedException.timeout();
            }
            if (truncation.seen || image == null) {
                throw PhotoRejectedException.corrupt(null);
            }
            return image;
        } catch (PhotoRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PhotoRejectedException.corrupt(e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormats format) {
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            // WebP needs the TwelveMonkeys plugin; without it the format is simply not readable here.
            throw PhotoRejectedException.unsupportedType(format.getName());
        }
        return readers.next();
    }

    /**
     * The JDK's JPEG reader fills a cut-off file with grey and only warns; a half-grey photo must not
     * reach the shop.
     */
    private static final class TruncationWatch implements IIOReadWarningListener {
        private boolean seen;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature end") || text.contains("truncated")) {
                seen = true;
            }
        }
    }

    /** ImageIO ignores interrupts; aborting the reader is how a timed-out decode gives its thread back. */
    private static final class AbortWhenInterrupted implements IIOReadProgressListener {
        private static void abortIfInterrupted(ImageReader source) {
            if (Thread.currentThread().isInterrupted()) {
                source.abort();
            }
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            abortIfInterrupted(source);
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            abortIfInterrupted(source);
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {}

        @Override
        public void sequenceComplete(ImageReader source) {}

        @Override
        public void imageComplete(ImageReader source) {}

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {}

        @Override
        public void thumbnailComplete(ImageReader source) {}

        @Override
        public void readAborted(ImageReader source) {}
    }
}
