package th.otop.orders.payment.promptpay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PromptPayQrImageTest {
    private static final String PAYLOAD = PromptPayPayload.build(PromptPayId.parse("0812345678"), 15000);

    @Test
    void pngDecodesBackToThePayload() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PromptPayQrImage.png(PAYLOAD, 300)));
        assertNotNull(image, "not a readable PNG");
        assertEquals(300, image.getWidth());
        assertEquals(300, image.getHeight());
        Result result = decode(image);
        assertEquals(BarcodeFormat.QR_CODE, result.getBarcodeFormat());
        assertEquals(PAYLOAD, result.getText());
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    void smallestImageIsTheCodeWithATwoModuleMargin() throws Exception {
        // Asked for 1 px, ZXing draws one pixel per module: the code's own width plus 2 modules of margin each side.
        int modules =
                Encoder.encode(PAYLOAD, ErrorCorrectionLevel.M).getVersion().getDimensionForVersion();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PromptPayQrImage.png(PAYLOAD, 1)));
        assertEquals(modules + 4, image.getWidth());
        assertEquals(0xFFFFFFFF, image.getRGB(1, 1), "margin is white");
        assertEquals(0xFF000000, image.getRGB(2, 2), "finder pattern starts after the margin");
    }

    @Test
    void eWalletCodeWithAmountDecodesToo() throws Exception {
        String payload = PromptPayPayload.build(PromptPayId.parse("012345678901234"), 9_999_999_999L);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PromptPayQrImage.png(payload, 200)));
        assertEquals(payload, decode(image).getText());
    }

    @Test
    void dataUriHoldsThePng() throws IOException {
        String uri = PromptPayQrImage.dataUri(PAYLOAD, 240);
        String prefix = "data:image/png;base64,";
        assertTrue(uri.startsWith(prefix), uri.substring(0, Math.min(40, uri.length())));
        byte[] png = Base64.getDecoder().decode(uri.substring(prefix.length()));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, Arrays.copyOf(png, 8));
        assertArrayEquals(PromptPayQrImage.png(PAYLOAD, 240), png);
    }

    @Test
    void rejectsBadSizeAndEmptyPayload() {
        assertThrows(IllegalArgumentException.class, () -> PromptPayQrImage.png(PAYLOAD, 0));
        assertThrows(IllegalArgumentException.class, () -> PromptPayQrImage.png(PAYLOAD, -5));
        assertThrows(
                IllegalArgumentException.class, () -> PromptPayQrImage.png(PAYLOAD, PromptPayQrImage.MAX_SIZE_PX + 1));
        assertThrows(IllegalArgumentException.class, () -> PromptPayQrImage.png("", 300));
        assertThrows(IllegalArgumentException.class, () -> PromptPayQrImage.png(null, 300));
    }

    private static Result decode(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader()
                .decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
    }
}
