package th.otop.storefront.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/** The address picker at checkout: its JSON lists, the steps without JavaScript, and the checks of a picked place. */
@MicronautTest(transactional = false)
class AddressPickerIntegrationTest implements RealServices {
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
    void theJsonListsGiveDistrictsSubdistrictsAndPostcodes() {
        ShopperSession shopper = new ShopperSession(client);
        HttpResponse<String> districts =
                shopper.send(HttpRequest.GET("/geo/districts?province=32").accept(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.OK, districts.getStatus());
        assertTrue(
                body(districts).contains("{\"id\":3201,\"provinceId\":32,\"nameTh\":\"เมืองสุรินทร์\"}"),
                body(districts));
        assertFalse(body(districts).contains("เมืองเชียงใหม่"), "only Surin's districts");

        HttpResponse<String> subdistricts = shopper.send(
                HttpRequest.GET("/geo/subdistricts?district=3201").accept(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.OK, subdistricts.getStatus());
        assertTrue(body(subdistricts).contains("\"nameTh\":\"สลักได\",\"postcodes\":[\"32000\"]"), body(subdistricts));

        assertEquals("[]", body(json(shopper, "/geo/districts?province=99")), "no province 99");
        assertEquals("[]", body(json(shopper, "/geo/subdistricts?district=9999")), "no district 9999");
        assertEquals(
                HttpStatus.BAD_REQUEST,
                json(shopper, "/geo/districts?province=surin").getStatus());
    }

    /**
     * Thai dictionary order reads a leading vowel (เ แ โ ใ ไ) after the consonant it is written before, so "เขวาสินรินทร์"
     * (ข) comes before "จอมพระ" (จ) and "เชียงใหม่" (ช) before "ตรัง" (ต); by character code every name that starts
     * with a leading vowel would come last.
     */
    @Test
    void everyPickerListsPlacesInThaiDictionaryOrder() {
        ShopperSession shopper = new ShopperSession(client);
        String districts = body(json(shopper, "/geo/districts?province=32"));
        assertInOrder(districts, "\"กาบเชิง\"", "\"เขวาสินรินทร์\"", "\"จอมพระ\"", "\"โนนนารายณ์\"", "\"บัวเชด\"");
        assertInOrder(districts, "\"เมืองสุรินทร์\"", "\"รัตนบุรี\"");
        String subdistricts = body(json(shopper, "/geo/subdistricts?district=3201"));
        assertInOrder(subdistricts, "\"แกใหญ่\"", "\"คอโค\"", "\"เฉนียง\"", "\"ตาอ็อง\"");

        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        Map<String, String> typed = typed(shopper.page("/checkout"));
        typed.put("provinceId", "32");
        typed.put("district", "เมืองสุรินทร์");
        typed.put("addressChoose", "district");
        String thai = body(shopper.post("/checkout", typed));
        assertInOrder(thai, ">กรุงเทพมหานคร<", ">เชียงใหม่<", ">ตรัง<", ">แพร่<", ">ภูเก็ต<", ">สุรินทร์<");
        assertInOrder(thai, ">กาบเชิง<", ">เขวาสินรินทร์<", ">จอมพระ<");
        assertInOrder(thai, ">แกใหญ่<", ">คอโค<", ">เฉนียง<", ">ตาอ็อง<");

        ShopperSession english = new ShopperSession(client, "en");
        english.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        String inEnglish = english.page("/checkout");
        assertInOrder(inEnglish, ">Bangkok<", ">Chiang Mai<", ">Phrae<", ">Phuket<", ">Surin<", ">Trang<");
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part);
            assertTrue(next >= 0, part + " in " + text);
            assertTrue(next > at, part + " after the one before it in " + text);
            at = next;
        }
    }

    @Test
    void withoutJavaScriptEachChooseStepShowsTheNextLevelAndKeepsWhatWasTyped() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        String form = shopper.page("/checkout");
        assertTrue(form.contains("name=\"addressChoose\" value=\"province\""), "a choose button for scriptless pages");
        String checkoutForm = form.substring(form.indexOf("<form class=\"checkout-form\""));
        assertTrue(
                checkoutForm.indexOf("type=\"submit\"") < checkoutForm.indexOf("name=\"addressChoose\""),
                "Enter in a field places the order, not a choose step: the form's first button submits it");
        assertTrue(form.contains("<script src=\"/js/address-picker.js\" defer></script>"), "the picker's own script");

        Map<String, String> typed = typed(form);
        typed.put("provinceId", "32");
        typed.put("addressChoose", "province");
        HttpResponse<String> province = shopper.post("/checkout", typed);
        assertEquals(HttpStatus.OK, province.getStatus(), body(province));
        String districts = body(province);
        assertTrue(option(districts, "เมืองสุรินทร์").contains("data-id=\"3201\""), districts);
        assertTrue(districts.contains("value=\"สมชาย ใจดี\""), "the name typed is kept");
        assertFalse(districts.contains("class=\"error\""), "a choose step is not a refusal");

        typed.put("district", "เมืองสุรินทร์");
        typed.put("addressChoose", "district");
        String subdistricts = body(shopper.post("/checkout", typed));
        assertTrue(option(subdistricts, "เมืองสุรินทร์").contains("selected"), subdistricts);
        assertFalse(option(subdistricts, "สลักได").isEmpty(), "Mueang Surin's subdistricts");

        typed.put("subdistrict", "สลักได");
        typed.put("addressChoose", "subdistrict");
        String postcode = body(shopper.post("/checkout", typed));
        assertTrue(postcode.contains("name=\"postcode\""), postcode);
        assertTrue(
                Pattern.compile("id=\"postcode\"[^>]*value=\"32000\"")
                        .matcher(postcode)
                        .find(),
                "the subdistrict's only postcode is filled in");
        assertTrue(shopper.page("/cart").contains("น้ำพริกเผาแม่ประนอม"), "nothing was ordered");
    }

    @Test
    void aPlaceThatDoesNotHoldTogetherIsRefusedNextToTheField() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        Map<String, String> order = typed(shopper.page("/checkout"));
        order.put("provinceId", "32");
        order.put("district", "เมืองเชียงใหม่");
        order.put("subdistrict", "สุเทพ");
        order.put("postcode", "32000");
        HttpResponse<String> wrongDistrict = shopper.post("/checkout", order);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, wrongDistrict.getStatus());
        assertTrue(
                body(wrongDistrict).contains("id=\"district-error\">อำเภอ/เขตนี้ไม่อยู่ในจังหวัดที่เลือก"),
                body(wrongDistrict));

        order.put("district", "เมืองสุรินทร์");
        order.put("subdistrict", "สุเทพ");
        String wrongSubdistrict = body(shopper.post("/checkout", order));
        assertTrue(wrongSubdistrict.contains("ตำบล/แขวงนี้ไม่อยู่ในอำเภอ/เขตที่เลือก"), wrongSubdistrict);

        order.put("subdistrict", "สลักได");
        order.put("postcode", "32140");
        String wrongPostcode = body(shopper.post("/checkout", order));
        assertTrue(
                wrongPostcode.contains("id=\"postcode-error\">รหัสไปรษณีย์นี้ไม่ใช่ของตำบล/แขวงที่เลือก"),
                wrongPostcode);
        assertTrue(option(wrongPostcode, "สลักได").contains("selected"), "the subdistrict chosen is kept");

        ShopperSession english = new ShopperSession(client, "en");
        english.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        Map<String, String> empty = typed(english.page("/checkout"));
        empty.put("provinceId", "32");
        String refused = body(english.post("/checkout", empty));
        assertTrue(refused.contains("Choose a district"), refused);
        assertTrue(refused.contains("Choose a subdistrict"), refused);
        assertTrue(refused.contains("The postcode must be 5 digits"), refused);
        assertTrue(shopper.page("/cart").contains("น้ำพริกเผาแม่ประนอม"), "nothing was ordered");
    }

    /** The checkout form's hidden fields with a name, phone and address line typed. */
    static Map<String, String> typed(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cartId", hidden(form, "cartId"));
        fields.put("idempotencyKey", hidden(form, "idempotencyKey"));
        fields.put("email", "somchai@example.com");
        fields.put("recipientName", "สมชาย ใจดี");
        fields.put("phone", "0812345678");
        fields.put("addressLine", "99 หมู่ 4");
        fields.put("paymentMethod", "PROMPTPAY");
        return fields;
    }

    private static HttpResponse<String> json(ShopperSession shopper, String path) {
        return shopper.send(HttpRequest.GET(path).accept(MediaType.APPLICATION_JSON_TYPE));
    }

    /** The option tag of that value, or "" when the page has none. */
    static String option(String html, String value) {
        Matcher m = Pattern.compile("<option[^>]*value=\"" + value + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : "";
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }
}
