package th.otop.storefront.address;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.devstack.RealServices;
import th.otop.orders.addressbook.AddressBook;
import th.otop.orders.addressbook.SavedAddress;
import th.otop.orders.checkout.Checkouts;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/** The consumer's address book: add, edit, default, delete, nobody else's, and checking out to a saved address. */
@MicronautTest(transactional = false)
class AddressBookIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    AddressBook book;

    @Inject
    Accounts accounts;

    @Inject
    Checkouts checkouts;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    private ShopperSession signedUp(String name) {
        ShopperSession shopper = new ShopperSession(client);
        String login = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        HttpResponse<String> signedUp =
                shopper.post("/signup", Map.of("displayName", name, "login", login, "password", "ผ้าไหมสวยมาก123"));
        assertEquals("/account", signedUp.header(HttpHeaders.LOCATION), body(signedUp));
        return shopper;
    }

    private long accountOf(ShopperSession shopper) {
        String data = body(shopper.send(io.micronaut.http.HttpRequest.GET("/account/data")
                .accept(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)));
        String publicId = data.replaceAll("(?s).*\"publicId\":\"([^\"]+)\".*", "$1");
        return accounts.findByPublicId(publicId).orElseThrow().id();
    }

    private static Map<String, String> surin() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipientName", "สมศรี ใจงาม");
        form.put("phone", "0812345678");
        form.put("addressLine", "99 หมู่ 4");
        form.put("provinceId", "32");
        form.put("district", "เมืองสุรินทร์");
        form.put("subdistrict", "สลักได");
        form.put("postcode", "32000");
        return form;
    }

    @Test
    void aConsumerKeepsAddressesAndNobodyElseReachesThem() {
        ShopperSession somsri = signedUp("somsri");
        long account = accountOf(somsri);
        assertTrue(somsri.page("/account").contains("href=\"/account/addresses\""), "linked from the account");
        assertTrue(somsri.page("/account/addresses/new").contains("id=\"provinceId\""), "the picker");

        Map<String, String> wrong = surin();
        wrong.put("district", "เมืองเชียงใหม่");
        wrong.put("recipientName", "");
        HttpResponse<String> refused = somsri.post("/account/addresses", wrong);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertTrue(body(refused).contains("อำเภอ/เขตนี้ไม่อยู่ในจังหวัดที่เลือก"), body(refused));
        assertTrue(body(refused).contains("id=\"recipientName-error\""), body(refused));
        assertTrue(body(refused).contains("value=\"99 หมู่ 4\""), "what was typed is kept");
        assertTrue(book.of(account).isEmpty(), "nothing saved");

        HttpResponse<String> chooseStep =
                somsri.post("/account/addresses", Map.of("provinceId", "50", "addressChoose", "province"));
        assertEquals(HttpStatus.OK, chooseStep.getStatus());
        assertFalse(
                AddressPickerIntegrationTest.option(body(chooseStep), "เมืองเชียงใหม่")
                        .isEmpty(),
                "Chiang Mai's districts");

        assertEquals(
                HttpStatus.SEE_OTHER, somsri.post("/account/addresses", surin()).getStatus());
        Map<String, String> chiangMai = surin();
        chiangMai.putAll(
                Map.of("provinceId", "50", "district", "เมืองเชียงใหม่", "subdistrict", "สุเทพ", "postcode", "50200"));
        assertEquals(
                HttpStatus.SEE_OTHER,
                somsri.post("/account/addresses", chiangMai).getStatus());
        List<SavedAddress> saved = book.of(account);
        assertEquals(2, saved.size());
        SavedAddress first =
                saved.stream().filter(SavedAddress::isDefault).findFirst().orElseThrow();
        assertEquals("สลักได", first.address().subdistrict(), "the first address is the default");
        long second = saved.stream()
                .filter(s -> !s.isDefault())
                .findFirst()
                .orElseThrow()
                .id();

        String edit = somsri.page("/account/addresses/" + second);
        assertTrue(
                AddressPickerIntegrationTest.option(edit, "สุเทพ").contains("selected"),
                "the saved subdistrict chosen");
        chiangMai.put("addressLine", "12/3 ถนนห้วยแก้ว");
        assertEquals(
                HttpStatus.SEE_OTHER,
                somsri.post("/account/addresses/" + second, chiangMai).getStatus());
        assertEquals(
                "12/3 ถนนห้วยแก้ว",
                book.find(account, second).orElseThrow().address().addressLine());
        somsri.post("/account/addresses/" + second + "/default", Map.of());
        assertTrue(book.find(account, second).orElseThrow().isDefault());
        assertFalse(book.find(account, first.id()).orElseThrow().isDefault(), "one default only");

        ShopperSession somchai = signedUp("somchai");
        assertEquals(
                HttpStatus.NOT_FOUND,
                somchai.get("/account/addresses/" + second).getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                somchai.post("/account/addresses/" + second, surin()).getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                somchai.post("/account/addresses/" + second + "/delete", Map.of())
                        .getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                somchai.post("/account/addresses/" + second + "/default", Map.of())
                        .getStatus());
        assertFalse(somchai.page("/account/addresses").contains("ห้วยแก้ว"), "another's list stays private");
        assertEquals(
                "12/3 ถนนห้วยแก้ว",
                book.find(account, second).orElseThrow().address().addressLine(),
                "untouched");

        somsri.post("/account/addresses/" + second + "/delete", Map.of());
        assertTrue(book.find(account, second).isEmpty());
        assertTrue(book.find(account, first.id()).orElseThrow().isDefault(), "the address left becomes the default");
    }

    @Test
    void aSignedInConsumerChecksOutToTheDefaultAddressOrSavesANewOne() {
        ShopperSession somsri = signedUp("somsri");
        long account = accountOf(somsri);
        Map<String, String> chiangMai = surin();
        chiangMai.putAll(
                Map.of("provinceId", "50", "district", "เมืองเชียงใหม่", "subdistrict", "สุเทพ", "postcode", "50200"));
        somsri.post("/account/addresses", chiangMai);
        long saved = book.of(account).get(0).id();

        somsri.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        String form = somsri.page("/checkout");
        assertTrue(
                form.matches("(?s).*<input[^>]*value=\"" + saved + "\"[^>]*checked[^>]*>.*"),
                "the default is preselected");
        Map<String, String> order = AddressPickerIntegrationTest.typed(form);
        order.put("savedAddress", String.valueOf(saved));
        HttpResponse<String> placed = somsri.post("/checkout", order);
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        String publicId = placed.header(HttpHeaders.LOCATION).split("/")[2];
        assertEquals(
                "สุเทพ",
                checkouts
                        .forBuyer(th.otop.orders.Buyer.account(account), publicId)
                        .orders()
                        .get(0)
                        .shipTo()
                        .subdistrict(),
                "shipped to the saved address");

        somsri.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        Map<String, String> fresh = AddressPickerIntegrationTest.typed(somsri.page("/checkout"));
        fresh.putAll(surin());
        fresh.put("savedAddress", "new");
        fresh.put("saveAddress", "on");
        assertEquals(HttpStatus.SEE_OTHER, somsri.post("/checkout", fresh).getStatus());
        assertEquals(2, book.of(account).size(), "the new address is saved");

        ShopperSession somchai = signedUp("somchai");
        somchai.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        Map<String, String> stolen = AddressPickerIntegrationTest.typed(somchai.page("/checkout"));
        stolen.put("savedAddress", String.valueOf(saved));
        assertEquals(HttpStatus.NOT_FOUND, somchai.post("/checkout", stolen).getStatus(), "not somchai's address");
    }
}
