package th.otop.storefront.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.storefront.StorefrontMother;

/** Home, search, product and shop pages, photos, errors, robots.txt and sitemaps over HTTP, against real services. */
@MicronautTest(transactional = false)
class BrowseIntegrationTest implements RealServices {
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

    private String thai(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).header("Accept-Language", "th-TH"));
    }

    private String english(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).header("Accept-Language", "en"));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void homeShowsNewProductsAndTheUngradedCommunityStrip() {
        String home = thai("/");
        assertTrue(home.contains("ผลิตภัณฑ์ชุมชนจากทุกตำบล"), "heading");
        assertTrue(home.contains("จากผู้ผลิตชุมชนที่ยังไม่ได้รับการคัดสรรระดับดาว"), "the fair-exposure strip");
        assertTrue(home.contains("น้ำพริกเผาแม่ประนอม"), "an ungraded product is shown");
        assertTrue(home.contains("href=\"/search?cat=cloth\""), "category links");
        assertTrue(home.contains("href=\"/search?region=northeast\""), "region links");
        assertTrue(home.contains("data-suggest=\"/search/suggest\""), "the search box asks for suggestions");
        assertTrue(home.contains("1,250 บาท"), "baht in Thai style");
        assertTrue(english("/").contains("฿1,250.00"), "baht in English style");
    }

    @Test
    void thaiSearchFindsTheProductWithHighlightAndFacetCounts() {
        String page = thai("/search?q=" + q("ผ้าไหม"));
        assertTrue(page.contains("<mark>"), "the matched words are marked");
        assertTrue(page.contains("ผ้าไหม"), page);
        assertFalse(page.contains("น้ำพริกเผาแม่ประนอม"), "chilli paste does not match silk");
        assertTrue(page.contains("ผ้า เครื่องแต่งกาย"), "the category facet");
        assertTrue(page.contains("สุรินทร์"), "the province of the result");
        assertTrue(page.contains("value=\"ผ้าไหม\""), "the box keeps the query");
    }

    @Test
    void filtersCombineAndTheUrlHoldsThem() {
        String ungradedCloth = thai("/search?cat=cloth&stars=0");
        assertTrue(ungradedCloth.contains("ผ้าฝ้ายย้อมคราม"), "ungraded cloth");
        assertFalse(ungradedCloth.contains("ผ้าไหมทอมือจากสุรินทร์"), "the 5-star silk is filtered out");
        assertFalse(ungradedCloth.contains("น้ำพริกเผาแม่ประนอม"), "food is filtered out");
        assertTrue(ungradedCloth.contains("1 รายการ"), "one result");
        // the link that removes the category keeps the star filter
        assertTrue(ungradedCloth.contains("href=\"/search?stars=0\""), ungradedCloth);

        String sammachip = english("/search?sammachip=1&sort=price_desc");
        int silk = sammachip.indexOf("Hand-woven silk from Surin");
        int cotton = sammachip.indexOf("Indigo-dyed cotton");
        assertTrue(silk > 0 && cotton > silk, "dearest first, both from the sammachip group");
        assertFalse(sammachip.contains("Doi Chang roasted coffee"));
    }

    @Test
    void noResultsSuggestsASpellingAndRelatedCategories() {
        assertTrue(english("/search?q=slik").contains("Hand-woven silk from Surin"), "a small typo still finds");
        String page = english("/search?q=wuvan");
        assertTrue(page.contains("No products found"), page);
        assertTrue(page.contains("href=\"/search?q=woven\""), "spelling suggestion link: " + page);

        String filtered = english("/search?q=" + q("coffee") + "&cat=food");
        assertTrue(filtered.contains("Search again without filters"));
        assertTrue(filtered.contains("href=\"/search?q=coffee&amp;cat=beverage\""), "where coffee is found instead");
    }

    @Test
    void suggestionsComeAsJson() {
        HttpResponse<String> response =
                client.toBlocking().exchange(HttpRequest.GET("/search/suggest?q=" + q("น้ำพ")), String.class);
        assertEquals("application/json", response.getContentType().orElseThrow().getName());
        assertTrue(response.body().contains("น้ำพริกเผาแม่ประนอม"), response.body());
        assertEquals("[]", client.toBlocking().retrieve("/search/suggest?q="));
    }

    @Test
    void productPageHasProducerCardStructuredDataAndOpenGraph() {
        String bare = "/p/" + catalogue.silk();
        HttpResponse<?> redirect = client.toBlocking().exchange(HttpRequest.GET(bare));
        assertEquals(HttpStatus.PERMANENT_REDIRECT, redirect.getStatus());
        String canonical = redirect.header(HttpHeaders.LOCATION);
        assertEquals(bare + "/hand-woven-silk-from-surin", canonical);

        String page = thai(canonical);
        assertTrue(page.contains("<h1>ผ้าไหมทอมือจากสุรินทร์</h1>"), page);
        assertTrue(page.contains("เริ่มต้น 1,300 บาท"), "sold only in its colours, from the cheapest one");
        assertTrue(page.contains("เหลือเพียง 2 ผืน"), "few left of the red one");
        assertTrue(page.contains("ผลิตตามสั่ง จัดส่งภายใน 7 วัน"), "processing time");
        assertTrue(page.contains("คัดสรรปี 2567"), "the grading year in the Buddhist era");
        assertTrue(page.contains("บ้านท่าสว่าง"), "the village");
        assertTrue(page.contains("ฝึกอาชีพให้ 120 ครัวเรือน"), "households trained by the sammachip programme");
        assertTrue(page.contains("กองทุนหมู่บ้านท่าสว่าง"), "the fund link");
        assertTrue(page.contains("<script type=\"application/ld+json\">"), "JSON-LD");
        assertTrue(page.contains("\"@type\":\"Product\""));
        assertTrue(page.contains("\"price\":\"1300.00\""), page);
        assertTrue(page.contains("\"priceCurrency\":\"THB\""));
        assertTrue(page.contains("<meta property=\"og:title\" content=\"ผ้าไหมทอมือจากสุรินทร์\">"), "Open Graph");
        assertTrue(page.contains("<link rel=\"canonical\" href=\"http://"), "absolute canonical");
        Matcher photo = Pattern.compile("src=\"(/photos/[^\"]+/page\\.jpg)\"").matcher(page);
        assertTrue(photo.find(), "the gallery shows the page-size photo");

        HttpResponse<byte[]> image = client.toBlocking().exchange(HttpRequest.GET(photo.group(1)), byte[].class);
        assertEquals("image/jpeg", image.getContentType().orElseThrow().getName());
        assertTrue(image.header("Cache-Control").contains("immutable"));
        assertEquals((byte) 0xFF, image.body()[0], "a JPEG");
        HttpResponse<?> notModified = client.toBlocking()
                .exchange(HttpRequest.GET(photo.group(1)).header("If-None-Match", image.header("ETag")));
        assertEquals(HttpStatus.NOT_MODIFIED, notModified.getStatus());

        String english = english(canonical);
        assertTrue(english.contains("<h1>Hand-woven silk from Surin</h1>"));
        assertTrue(english.contains("From ฿1,300.00"));
        assertTrue(english.contains("graded 2024"));
        assertTrue(english.contains("Lac red") && english.contains("฿1,300.00"), "the options with their own prices");
        assertTrue(english.contains("Indigo") && english.contains("฿1,350.00") && english.contains("Out of stock"));
    }

    @Test
    void aWrongSlugRedirectsAndAThaiOnlyTitleGetsAThaiSlug() {
        HttpResponse<?> wrong = client.toBlocking().exchange(HttpRequest.GET("/p/" + catalogue.coffee() + "/old-name"));
        assertEquals(HttpStatus.PERMANENT_REDIRECT, wrong.getStatus());
        assertEquals("/p/" + catalogue.coffee() + "/doi-chang-roasted-coffee", wrong.header(HttpHeaders.LOCATION));

        String thaiSlug = client.toBlocking()
                .exchange(HttpRequest.GET("/p/" + catalogue.chilli()))
                .header(HttpHeaders.LOCATION);
        assertEquals("/p/" + catalogue.chilli() + "/" + q("น้ำพริกเผาแม่ประนอม"), thaiSlug);
        assertTrue(thai(thaiSlug).contains("<h1>น้ำพริกเผาแม่ประนอม</h1>"));
        assertTrue(
                thai("/p/" + catalogue.coffee() + "/doi-chang-roasted-coffee").contains("สินค้าหมด"), "out of stock");
    }

    @Test
    void shopPageShowsStoryPlaceAndProducts() {
        String shop = thai("/shop/" + catalogue.weavers().publicId() + "/ban-tha-sawang-silk-weavers");
        assertTrue(shop.contains("<h1>วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง</h1>"), shop);
        assertTrue(shop.contains("เราทอผ้าด้วยมือมาสามรุ่น"), "story");
        assertTrue(shop.contains("สุรินทร์"), "province");
        assertTrue(shop.contains("ผ้าไหมทอมือจากสุรินทร์") && shop.contains("ผ้าฝ้ายย้อมคราม"), "its products");
        assertFalse(shop.contains("กาแฟคั่วดอยช้าง"), "not another shop's");
        assertTrue(shop.contains("ฝึกอาชีพให้ 120 ครัวเรือน"));
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundInTheReadersLanguage() {
        HttpClientResponseException thai = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/p/zzzzzzzzzzzz/x").header("Accept-Language", "th"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, thai.getStatus());
        String body = thai.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("ไม่พบหน้าที่คุณต้องการ"), body);
        assertTrue(body.contains("action=\"/search\""), "a way back to search");

        HttpClientResponseException english = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/no/such/page").header("Accept-Language", "en"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, english.getStatus());
        assertTrue(english.getResponse().getBody(String.class).orElseThrow().contains("We could not find that page"));

        HttpClientResponseException json = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/nothing").accept("application/json"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, json.getStatus());
        assertTrue(json.getResponse().getBody(String.class).orElseThrow().contains("\"status\":404"));
    }

    @Test
    void robotsAndSitemapsListProductsAndShops() {
        String robots = client.toBlocking().retrieve("/robots.txt");
        assertTrue(robots.contains("Disallow: /cart"), robots);
        assertTrue(robots.contains("Sitemap: http://"), robots);

        String index = client.toBlocking().retrieve("/sitemap.xml");
        assertTrue(index.contains("<sitemapindex"), index);
        assertTrue(index.contains("/sitemaps/products-1.xml"));

        String products = client.toBlocking().retrieve("/sitemaps/products-1.xml");
        assertTrue(products.contains("/p/" + catalogue.silk() + "/hand-woven-silk-from-surin</loc>"), products);
        assertTrue(products.contains("/p/" + catalogue.chilli() + "/"), "a Thai-titled product too");
        assertEquals(4, products.split("<url>").length - 1, "every published product once");

        String shops = client.toBlocking().retrieve("/sitemaps/shops.xml");
        assertTrue(shops.contains("/shop/" + catalogue.weavers().publicId() + "/ban-tha-sawang-silk-weavers"), shops);
        assertNotNull(shops);
    }

    @Test
    void aFailureShowsAFriendlyPageWithoutDetails() {
        HttpClientResponseException thai = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/test-only/fails").header("Accept-Language", "th"), String.class));
        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, thai.getStatus());
        String body = thai.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("ขออภัย ระบบของเราขัดข้อง"), body);
        assertFalse(body.contains("simulated failure"), "no internals shown");
        HttpClientResponseException english = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/test-only/fails").header("Accept-Language", "en"), String.class));
        assertTrue(english.getResponse().getBody(String.class).orElseThrow().contains("Sorry, something went wrong"));
    }

    @Test
    void theSharedLookIsCached() {
        HttpResponse<String> css = client.toBlocking().exchange(HttpRequest.GET("/css/site.css"), String.class);
        assertEquals("public, max-age=3600", css.header("Cache-Control"));
        HttpResponse<byte[]> font =
                client.toBlocking().exchange(HttpRequest.GET("/fonts/sarabun-thai-400-normal.woff2"), byte[].class);
        assertTrue(font.header("Cache-Control").contains("immutable"));
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);
        assertEquals(null, page.header("Cache-Control"), "pages are not cached as static files");
    }
}
