package th.otop.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/**
 * The PromptPay page for a buyer with one phone: the Thai QR Payment frame with the amount and the payee, a link that
 * saves the code as a PNG file to the gallery, and a share button its own script shows where files can be shared.
 */
@MicronautTest(transactional = false)
class PromptPaySaveAndShareIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Checkouts checkouts;

    @Inject
    Orders orders;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    private record Placed(ShopperSession shopper, Checkout checkout) {}

    private Placed placed(String language) {
        ShopperSession shopper = new ShopperSession(client, language);
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "2"));
        String form = shopper.page("/checkout");
        HttpResponse<String> placed = shopper.post(
                "/checkout",
                CheckoutIntegrationTest.address(
                        CheckoutIntegrationTest.field(form, "cartId"),
                        CheckoutIntegrationTest.field(form, "idempotencyKey"),
                        "PROMPTPAY"));
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        String publicId =
                placed.header(HttpHeaders.LOCATION).replace("/checkout/", "").replace("/pay", "");
        return new Placed(shopper, checkouts.forBuyer(shopper.guest(), publicId));
    }

    @Test
    void thePageShowsTheThaiQrFrameTheAmountThePayeeAndTheSaveAndShareButtons() {
        Placed placed = placed("th");
        Order order = placed.checkout().orders().get(0);
        String pay = placed.shopper().page("/checkout/" + placed.checkout().publicId() + "/pay");

        assertTrue(pay.contains("class=\"thai-qr-head\""), pay);
        assertTrue(pay.contains(">THAI QR PAYMENT<"), "the Thai QR Payment band");
        assertTrue(pay.contains("aria-label=\"PromptPay\""), "the PromptPay mark, named for screen readers");
        String amount = String.format("%,d", order.totalSatang() / 100) + " บาท";
        assertTrue(pay.contains(">" + amount + "<"), "the amount in baht: " + amount);
        assertTrue(pay.contains("ชื่อผู้รับเงิน"), "the payee's label");
        assertTrue(pay.contains(">" + catalogue.chilliGroup().nameTh() + "<"), "the payee");

        String saveUrl = "/checkout/" + placed.checkout().publicId() + "/qr/" + order.publicId();
        String fileName = "promptpay-" + order.number() + ".png";
        Matcher save = Pattern.compile("<a class=\"button qr-save\"[^>]*>").matcher(pay);
        assertTrue(save.find(), pay);
        assertTrue(save.group().contains("href=\"" + saveUrl + "\""), save.group());
        assertTrue(save.group().contains("download=\"" + fileName + "\""), save.group());
        assertTrue(pay.contains(">บันทึกรูป QR<"), "the save link's Thai text");
        Matcher share = Pattern.compile("<button type=\"button\" class=\"secondary qr-share\"[^>]*>")
                .matcher(pay);
        assertTrue(share.find(), pay);
        assertTrue(share.group().contains(" hidden"), "hidden until the script finds the browser can share files");
        assertTrue(share.group().contains("data-save=\"save-" + order.publicId() + "\""), share.group());
        assertTrue(pay.contains("id=\"save-" + order.publicId() + "\""), "the link the button shares");
        assertTrue(pay.contains("<script src=\"/js/qr-share.js\" defer></script>"), "its own script file");
        assertFalse(
                Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(pay).find(), "no inline script");

        HttpResponse<String> script = placed.shopper().get("/js/qr-share.js");
        assertEquals(HttpStatus.OK, script.getStatus());
        assertTrue(body(script).contains("navigator.canShare"), "shares only where files can be shared");

        Placed inEnglish = placed("en");
        String payEnglish =
                inEnglish.shopper().page("/checkout/" + inEnglish.checkout().publicId() + "/pay");
        assertTrue(payEnglish.contains(">Save QR image<"), payEnglish);
        assertTrue(payEnglish.contains(">Share<"), payEnglish);
        assertTrue(payEnglish.contains(">Payee<"), payEnglish);
        Order englishOrder = inEnglish.checkout().orders().get(0);
        assertTrue(
                payEnglish.contains(">฿"
                        + String.format("%,d.%02d", englishOrder.totalSatang() / 100, englishOrder.totalSatang() % 100)
                        + "<"),
                "the amount in baht, English style: " + payEnglish);
    }

    @Test
    void theSavedImageIsAPngFileNamedForTheOrderWithTheSameCode() throws Exception {
        Placed placed = placed("th");
        Order order = placed.checkout().orders().get(0);
        String saveUrl = "/checkout/" + placed.checkout().publicId() + "/qr/" + order.publicId();

        HttpResponse<byte[]> png = client.toBlocking()
                .exchange(
                        HttpRequest.GET(saveUrl)
                                .header(
                                        "Cookie",
                                        "cart="
                                                + placed.shopper()
                                                        .cookie("cart")
                                                        .orElseThrow()),
                        byte[].class);
        assertEquals(HttpStatus.OK, png.getStatus());
        assertEquals("image/png", png.getContentType().orElseThrow().toString());
        assertEquals(
                "attachment; filename=\"promptpay-" + order.number() + ".png\"",
                png.header(HttpHeaders.CONTENT_DISPOSITION));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertTrue(image.getWidth() >= 600, "large enough to scan from a gallery: " + image.getWidth());
        String payload = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertTrue(payload.contains("A000000677010111"), "a PromptPay code: " + payload);
        String amount = String.format("%d.%02d", order.totalSatang() / 100, order.totalSatang() % 100);
        assertTrue(
                payload.contains("54" + String.format("%02d", amount.length()) + amount), "for the amount: " + payload);

        assertEquals(HttpStatus.NOT_FOUND, status(HttpRequest.GET(saveUrl)), "nobody else's browser gets it");
        orders.cancelByBuyer(placed.shopper().guest(), order.id());
        assertEquals(
                HttpStatus.NOT_FOUND,
                status(HttpRequest.GET(saveUrl)
                        .header(
                                "Cookie",
                                "cart=" + placed.shopper().cookie("cart").orElseThrow())),
                "nothing left to pay, no code");
    }

    private HttpStatus status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, byte[].class).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }
}
