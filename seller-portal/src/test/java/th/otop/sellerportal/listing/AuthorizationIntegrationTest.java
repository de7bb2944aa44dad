package th.otop.sellerportal.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Photos;
import th.otop.sellerportal.support.PortalSession;

/** Producer A asks for each of producer B's listings on every route: always 404, nothing changes. */
@MicronautTest(transactional = false)
class AuthorizationIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Products products;

    @Inject
    Accounts accounts;

    @Test
    void anotherProducersListingIsNotFoundOnEveryRoute() {
        PortalSession a = PortalSession.newProducer(client, "a@example.com", "ร้าน A");
        PortalSession b = PortalSession.newProducer(client, "b@example.com", "ร้าน B");
        String theirs = b.newListing("ผ้าของ B", "500", "10");
        Product before = products.listByProducer(producerOf("b@example.com")).get(0);

        for (String path : List.of("/listings/" + theirs, "/listings/" + theirs + "/preview", "/stock/" + theirs)) {
            assertEquals(404, a.get(path).getStatus().getCode(), path);
        }
        Map<String, String> listing =
                Map.of("titleTh", "ยึด", "category", "FOOD", "price", "1", "stock", "0", "unitTh", "ชิ้น");
        for (String path : List.of(
                "/listings/" + theirs,
                "/listings/" + theirs + "/publish",
                "/listings/" + theirs + "/unpublish",
                "/listings/" + theirs + "/duplicate",
                "/listings/" + theirs + "/delete")) {
            assertEquals(404, a.post(path, listing).getStatus().getCode(), path);
        }
        assertEquals(
                404,
                a.postJson("/listings/" + theirs + "/autosave", listing)
                        .getStatus()
                        .getCode());
        assertEquals(
                404,
                a.upload(
                                "/listings/" + theirs + "/photos",
                                "photo",
                                "p.jpg",
                                MediaType.IMAGE_JPEG_TYPE,
                                Photos.jpeg(100, 100, Color.GREEN))
                        .getStatus()
                        .getCode());
        assertEquals(
                303,
                a.post("/listings/bulk", Map.of("price." + theirs, "1", "stock." + theirs, "0"))
                        .getStatus()
                        .getCode());
        HttpResponse<String> csvImport = a.upload(
                "/listings/import",
                "file",
                "l.csv",
                MediaType.TEXT_PLAIN_TYPE,
                ("id,titleTh,category,price,stock,unitTh\n" + theirs + ",ยึด,FOOD,1,0,ชิ้น\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE);
        assertEquals(422, csvImport.getStatus().getCode());
        assertEquals(false, PortalSession.body(a.get("/listings/export.csv")).contains(theirs));
        assertEquals(false, PortalSession.body(a.get("/listings")).contains(theirs));
        assertEquals(false, PortalSession.body(a.get("/stock")).contains(theirs));

        Product after = products.listByProducer(producerOf("b@example.com")).get(0);
        assertEquals(before.version(), after.version(), "nothing of B's listing changed");
        assertEquals(ProductStatus.DRAFT, after.status());
        assertEquals(500_00L, after.priceSatang());
        assertEquals(200, b.get("/listings/" + theirs).getStatus().getCode(), "while B still sees it");
    }

    @Test
    void aSignedInPersonWithoutAShopIsSentToSetItUp() {
        PortalSession session = new PortalSession(client);
        session.get("/signup");
        session.post(
                "/signup", Map.of("displayName", "ใหม่", "login", "new@example.com", "password", "รหัสผ่านยาวพอ123"));
        for (String path : List.of(
                "/dashboard",
                "/listings",
                "/stock",
                "/listings/bulk",
                "/community",
                "/shop/team",
                "/orders",
                "/sales",
                "/sales/export.csv",
                "/notifications",
                "/wholesale")) {
            assertEquals("/shop", session.get(path).header("Location"), path);
        }
    }

    private th.otop.catalog.producer.ProducerId producerOf(String login) {
        return accounts.authenticate(login, "รหัสผ่านยาวพอ123").orElseThrow().producerId();
    }
}
