package th.otop.storefront.favourite;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unbescape.uri.UriEscape;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/** The heart on product pages and search results, the list in the account, guests and two consumers apart. */
@MicronautTest(transactional = false)
class FavouritesIntegrationTest implements RealServices {
    private static final String PASSWORD = "ผ้าไหมสวยมาก123";
    private static final String SILK = "ผ้าไหมทอมือจากสุรินทร์";
    private static final String CHILLI = "น้ำพริกเผาแม่ประนอม";
    private static final String COTTON = "ผ้าฝ้ายย้อมคราม";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Products products;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    @Test
    void theHeartSavesAndForgetsAProductFromItsPageAndFromSearchResults() {
        ShopperSession somsri = signedUp("สมศรี", "somsri.hearts@example.com");
        String silkPage = productPage(somsri, catalogue.silk());
        assertTrue(somsri.page(silkPage).contains("name=\"favourite\" value=\"on\""), "not saved yet");

        HttpResponse<String> saved = save(somsri, catalogue.silk(), "on", silkPage);
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertEquals(silkPage, saved.header(HttpHeaders.LOCATION), "back to the product");
        String page = somsri.page(silkPage);
        assertTrue(page.contains("name=\"favourite\" value=\"off\"") && page.contains("บันทึกแล้ว"), page);

        String results = somsri.page("/search");
        assertEquals(1, results.split("aria-pressed=\"true\"").length - 1, "the silk's heart is filled: " + results);
        assertTrue(results.contains("name=\"back\" value=\"/search\""), "each result card has a heart");
        HttpResponse<String> fromResults = save(somsri, catalogue.chilli(), "on", "/search");
        assertEquals("/search", fromResults.header(HttpHeaders.LOCATION), "back to the results");
        save(somsri, catalogue.chilli(), "on", "/search");

        String list = somsri.page("/account/favourites");
        assertTrue(list.contains(SILK) && list.contains(CHILLI), list);
        assertEquals(
                1,
                list.split("name=\"product\" value=\"" + catalogue.chilli() + "\"").length - 1,
                "saved twice, listed once");
        assertFalse(list.contains(COTTON));

        save(somsri, catalogue.silk(), "off", "/account/favourites");
        String after = somsri.page("/account/favourites");
        assertFalse(after.contains(SILK), "forgotten");
        assertTrue(after.contains(CHILLI));
        assertEquals(
                HttpStatus.NOT_FOUND, save(somsri, "nosuchprod1", "on", "/").getStatus());
    }

    @Test
    void aGuestIsSentToSignInAndBroughtBack() {
        signedUp("มานี", "manee.hearts@example.com");
        ShopperSession guest = new ShopperSession(client);
        String cottonPage = productPage(guest, catalogue.cotton());
        String asGuest = guest.page(cottonPage);
        assertTrue(
                asGuest.contains(
                        "class=\"button heart\" href=\"/signin?next=" + UriEscape.escapeUriQueryParam(cottonPage)),
                "a guest's heart: " + asGuest);
        assertFalse(asGuest.contains("name=\"favourite\""), "no form for a guest to post");

        // a guest's post from an old page goes the same way
        HttpResponse<String> pressed = save(guest, catalogue.cotton(), "on", cottonPage);
        assertEquals(HttpStatus.SEE_OTHER, pressed.getStatus());
        String signIn = pressed.header(HttpHeaders.LOCATION);
        assertEquals("/signin?next=" + URLEncoder.encode(cottonPage, StandardCharsets.UTF_8), signIn);
        assertEquals(
                "/signin?next=%2Faccount%2Ffavourites",
                guest.get("/account/favourites").header(HttpHeaders.LOCATION));

        String form = guest.page(signIn);
        assertTrue(form.contains("name=\"next\" value=\"" + cottonPage + "\""), form);
        HttpResponse<String> signedIn = guest.post(
                "/signin", Map.of("login", "manee.hearts@example.com", "password", PASSWORD, "next", cottonPage));
        assertEquals(cottonPage, signedIn.header(HttpHeaders.LOCATION), "back on the product page");

        ShopperSession other = new ShopperSession(client);
        HttpResponse<String> offSite = other.post(
                "/signin", Map.of("login", "manee.hearts@example.com", "password", PASSWORD, "next", "//evil.example"));
        assertEquals("/account", offSite.header(HttpHeaders.LOCATION), "never sent off the site");
    }

    @Test
    void aConsumerSeesOnlyTheirOwnFavourites() {
        ShopperSession first = signedUp("สมชาย", "somchai.hearts@example.com");
        ShopperSession second = signedUp("สมหญิง", "somying.hearts@example.com");
        save(first, catalogue.cotton(), "on", "/");

        assertTrue(first.page("/account/favourites").contains(COTTON));
        String theirs = second.page("/account/favourites");
        assertFalse(theirs.contains(COTTON), theirs);
        assertTrue(theirs.contains("ยังไม่มีสินค้าที่บันทึกไว้"), "an empty list, explained");
        assertTrue(
                second.page(productPage(second, catalogue.cotton())).contains("name=\"favourite\" value=\"on\""),
                "the other consumer's heart stays empty");
        save(second, catalogue.cotton(), "off", "/");
        assertTrue(first.page("/account/favourites").contains(COTTON), "forgetting touches only one's own");
    }

    @Test
    void hiddenAndDeletedProductsDropOutOfTheList() {
        var weavers = catalogue.weavers().id();
        ProductId hidden =
                mother.published(weavers, StorefrontMother.draft("ผ้าขาวม้าลายตาราง", null, Category.CLOTH, 15_000, 5));
        ProductId deleted =
                mother.published(weavers, StorefrontMother.draft("ย่ามผ้าทอ", null, Category.CLOTH, 25_000, 5));
        ShopperSession buyer = signedUp("ดวงใจ", "duangjai.hearts@example.com");
        for (ProductId id : new ProductId[] {hidden, deleted}) {
            save(buyer, products.find(id).orElseThrow().publicId(), "on", "/");
        }
        save(buyer, catalogue.silk(), "on", "/");
        String before = buyer.page("/account/favourites");
        assertTrue(before.contains("ผ้าขาวม้าลายตาราง") && before.contains("ย่ามผ้าทอ"), before);

        products.hide(hidden, "ภาพไม่ตรงกับสินค้า / the photo is not of the product");
        products.delete(weavers, deleted);

        String after = buyer.page("/account/favourites");
        assertFalse(after.contains("ผ้าขาวม้าลายตาราง"), "hidden by an officer");
        assertFalse(after.contains("ย่ามผ้าทอ"), "deleted by the producer");
        assertTrue(after.contains(SILK), "the rest stays");
    }

    private ShopperSession signedUp(String name, String login) {
        ShopperSession session = new ShopperSession(client);
        HttpResponse<String> response =
                session.post("/signup", Map.of("displayName", name, "login", login, "password", PASSWORD));
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus(), body(response));
        return session;
    }

    private static HttpResponse<String> save(ShopperSession session, String product, String state, String back) {
        return session.post("/favourites", Map.of("product", product, "favourite", state, "back", back));
    }

    /** The product's canonical address, where its short address redirects. */
    private static String productPage(ShopperSession session, String publicId) {
        return session.get("/p/" + publicId).header(HttpHeaders.LOCATION);
    }
}
