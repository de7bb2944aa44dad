package th.otop.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import th.otop.devstack.RealServices;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/** A product with colours: the picker on its page, the chosen colour through cart, checkout and the order page. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VariantPurchaseIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    @Test
    @Order(1)
    void theProductPageOffersEachColourWithItsPriceAndStock() {
        String thai = productPage(new ShopperSession(client), catalogue.silk());
        assertTrue(thai.contains("<legend>เลือกตัวเลือกสินค้า</legend>"), thai);
        assertTrue(radio(thai, catalogue.silkRed()).contains("name=\"variant\""), "a radio button per colour");
        assertFalse(radio(thai, catalogue.silkRed()).contains("disabled"));
        assertTrue(radio(thai, catalogue.silkIndigo()).contains("disabled"), "a sold-out colour cannot be chosen");
        assertTrue(thai.contains("1,300 บาท") && thai.contains("1,350 บาท"), "each colour's own price");
        assertTrue(thai.contains("เหลือเพียง 2 ผืน") && thai.contains("สินค้าหมด"), "each colour's stock");
        assertTrue(thai.contains("<label for=\"variant-" + catalogue.silkRed() + "\">"), "labelled for screen readers");

        String english = productPage(new ShopperSession(client, "en-GB"), catalogue.silk());
        assertTrue(english.contains("<legend>Choose an option</legend>") && english.contains("Lac red"), english);

        String chilli = productPage(new ShopperSession(client), catalogue.chilli());
        assertFalse(chilli.contains("name=\"variant\""), "no picker for a product without options");
    }

    @Test
    @Order(2)
    void aColourMustBeChosenAndOnlyThisProductsOwnColoursAreAccepted() {
        ShopperSession shopper = new ShopperSession(client);
        HttpResponse<String> none = shopper.post("/cart/add", Map.of("product", catalogue.silk(), "quantity", "2"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, none.getStatus());
        assertTrue(body(none).contains("id=\"variant-error\""), body(none));
        assertTrue(body(none).contains("กรุณาเลือกตัวเลือกสินค้า"), "a clear message in Thai");
        assertTrue(body(none).contains("value=\"2\""), "the typed quantity is kept");

        HttpResponse<String> english = new ShopperSession(client, "en-GB")
                .post("/cart/add", Map.of("product", catalogue.silk(), "quantity", "1"));
        assertTrue(body(english).contains("Choose an option (such as size or colour)"), body(english));

        HttpResponse<String> soldOut = shopper.post(
                "/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkIndigo(), "quantity", "1"));
        assertEquals(HttpStatus.SEE_OTHER, soldOut.getStatus(), "a sold-out colour waits in the cart, as products do");
        assertTrue(shopper.page("/cart").contains("สินค้าหมด"), "marked out of stock there");
        shopper.post("/cart/remove", Map.of("product", catalogue.silk(), "variant", catalogue.silkIndigo()));

        for (String foreign : new String[] {"999999999", "abc"}) {
            HttpResponse<String> refused =
                    shopper.post("/cart/add", Map.of("product", catalogue.silk(), "variant", foreign, "quantity", "1"));
            assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus(), foreign);
        }
        HttpResponse<String> otherProducts = shopper.post(
                "/cart/add", Map.of("product", catalogue.chilli(), "variant", catalogue.silkRed(), "quantity", "1"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, otherProducts.getStatus(), "silk's colour is not chilli's");
        assertTrue(shopper.page("/cart").contains("ยังไม่มีสินค้าในตะกร้า"), "nothing was added");
    }

    /** Last: it sells the red silk out. */
    @Test
    @Order(3)
    void theChosenColourIsPricedOnTheServerAndShownThroughToTheOrder() {
        ShopperSession shopper = new ShopperSession(client);
        Map<String, String> add = new LinkedHashMap<>();
        add.put("product", catalogue.silk());
        add.put("variant", catalogue.silkRed());
        add.put("quantity", "1");
        add.put("price", "1");
        add.put("unitPriceSatang", "100");
        assertEquals(HttpStatus.SEE_OTHER, shopper.post("/cart/add", add).getStatus());
        String cart = shopper.page("/cart");
        assertTrue(cart.contains("ผ้าไหมทอมือจากสุรินทร์ (สีแดงครั่ง)"), cart);
        assertTrue(cart.contains("1,300 บาท"), "the colour's price, whatever the form said");
        assertTrue(cart.contains("name=\"variant\" value=\"" + catalogue.silkRed() + "\""), "the line's forms name it");

        HttpResponse<String> tooMany = shopper.post(
                "/cart/update", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "2"));
        assertEquals(HttpStatus.SEE_OTHER, tooMany.getStatus());
        assertTrue(shopper.page("/cart").contains("2,600 บาท"), "the colour's line took the new quantity");

        String form = shopper.page("/checkout");
        assertTrue(form.contains("(สีแดงครั่ง)"), form);
        HttpResponse<String> placed = shopper.post(
                "/checkout",
                CheckoutIntegrationTest.address(
                        CheckoutIntegrationTest.field(form, "cartId"),
                        CheckoutIntegrationTest.field(form, "idempotencyKey"),
                        "PROMPTPAY"));
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        String status = shopper.page(placed.header(HttpHeaders.LOCATION).replace("/pay", ""));
        assertTrue(status.contains("ผ้าไหมทอมือจากสุรินทร์ (สีแดงครั่ง) × 2"), status);

        String page = productPage(new ShopperSession(client), catalogue.silk());
        assertTrue(page.contains("สีแดงครั่ง: 1,300 บาท (หมด)"), "both red pieces are sold: " + page);
        assertFalse(page.contains("name=\"variant\""), "no colour is left to choose");
    }

    /** The product page at its canonical address, where its bare address redirects. */
    private static String productPage(ShopperSession session, String publicId) {
        return session.page(session.get("/p/" + publicId).header(HttpHeaders.LOCATION));
    }

    private static String radio(String html, String variant) {
        Matcher m = Pattern.compile("<input[^>]*id=\"variant-" + variant + "\"[^>]*>")
                .matcher(html);
        assertTrue(m.find(), "radio " + variant + " in " + html);
        return m.group();
    }
}
