package th.otop.orders.payment.promptpay;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** Draws a PromptPay payload as a QR code PNG, for a page or a printout at a producer's stall. */
public final class PromptPayQrImage {
    /** Bigger than any screen or printout needs; keeps a bad parameter from allocating a huge image. */
    public static final int MAX_SIZE_PX = 2000;

    // M survives some smudging or glare on a printed code while keeping modules large enough for cheap phone cameras;
    // a margin of 2 modules is what Thai QR printouts use and is enough quiet zone for banking apps.
    private static final Map<EncodeHintType, Object> HINTS =
            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2);

    private PromptPayQrImage() {}

    /**
     * The QR code as PNG bytes, {@code sizePx} pixels square; larger if the code does not fit in that many pixels, since
     * ZXing never draws a module smaller than one pixel.
     *
     * @throws IllegalArgumentException when the size is not from 1 to {@link #MAX_SIZE_PX}, or the payload is empty
     */
    public static byte[] png(String payload, int sizePx) {
        if (sizePx < 1 || sizePx > MAX_SIZE_PX) {
            throw new IllegalArgumentException("QR size must be from 1 to " + MAX_SIZE_PX + " px, got " + sizePx);
        }
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("QR payload is empty");
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the payload as a QR code", e);
        } catch (IOException e) {
            // Only a ByteArrayOutputStream is written to, so this would be a JDK image I/O fault.
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG as a {@code data:image/png;base64,...} URI, so a page can inline the code without another request. */
    public static String dataUri(String payload, int sizePx) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(payload, sizePx));
    }
}
