package th.otop.sellerportal.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
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
import th.otop.catalog.image.PhotoStorage;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.Photos;
import th.otop.sellerportal.support.PortalSession;

/** Options with their own price and stock, photos moved with buttons or dragged and removed with their files; only one's own. */
@MicronautTest(transactional = false)
class OptionsAndPhotosIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Products products;

    @Inject
    PhotoStorage storage;

    @Test
    void optionsAreAddedCheckedEditedAndRemoved() {
        PortalSession shop = PortalSession.newProducer(client, "options@example.com", "ร้านตัวเลือก");
        ProducerId producer = new Buyers(context).producerOf("options@example.com");
        String listing = shop.newListing("เสื้อผ้าฝ้ายย้อมคราม", "450", "0");
        String base = "/listings/" + listing + "/variants";

        assertEquals(
                303,
                shop.post(base, Map.of("variantNameTh", "ไซซ์ M", "variantPrice", "450", "variantStock", "6"))
                        .getStatus()
                        .getCode());
        HttpResponse<String> bad =
                shop.post(base, Map.of("variantNameTh", "ไซซ์ XL", "variantPrice", "ฟรี", "variantStock", "2"));
        assertEquals(422, bad.getStatus().getCode());
        assertTrue(PortalSession.body(bad).contains("กรุณากรอกราคาเป็นตัวเลข"));
        assertTrue(PortalSession.body(bad).contains("value=\"ไซซ์ XL\""), "what was typed stays");
        HttpResponse<String> noName =
                shop.post(base, Map.of("variantNameTh", "", "variantPrice", "10", "variantStock", "1"));
        assertEquals(422, noName.getStatus().getCode());

        Product product = own(producer, listing);
        assertEquals(1, product.variants().size(), "nothing of a bad option is saved");
        long variant = product.variants().get(0).id();
        assertEquals(
                303,
                shop.post(
                                base + "/" + variant,
                                Map.of("variantNameTh", "ไซซ์ M", "variantPrice", "480.50", "variantStock", "9"))
                        .getStatus()
                        .getCode());
        var updated = own(producer, listing).variants().get(0);
        assertEquals(48_050L, updated.priceSatang());
        assertEquals(9, updated.stock());
        assertTrue(PortalSession.body(shop.get("/listings/" + listing)).contains("value=\"480.50\""));
        String stock = PortalSession.body(shop.get("/stock"));
        assertTrue(stock.contains("ไซซ์ M") && stock.contains("เหลือ 9"), "each option's stock");

        assertEquals(
                303,
                shop.post(base + "/" + variant + "/delete", Map.of())
                        .getStatus()
                        .getCode());
        assertTrue(own(producer, listing).variants().isEmpty());
    }

    @Test
    void photosAreReorderedWithButtonsAndRemovedWithTheirFiles() {
        PortalSession shop = PortalSession.newProducer(client, "photos@example.com", "ร้านรูปสวย");
        ProducerId producer = new Buyers(context).producerOf("photos@example.com");
        String listing = shop.newListing("หมวกสานใบลาน", "200", "5");
        for (Color color : List.of(Color.RED, Color.BLUE, Color.GREEN)) {
            assertEquals(
                    200,
                    shop.upload(
                                    "/listings/" + listing + "/photos",
                                    "photo",
                                    "p.jpg",
                                    MediaType.IMAGE_JPEG_TYPE,
                                    Photos.jpeg(300, 200, color))
                            .getStatus()
                            .getCode());
        }
        List<Long> before = photoIds(producer, listing);
        String photos = "/listings/" + listing + "/photos/";

        assertEquals(
                303,
                shop.post(photos + before.get(0) + "/down", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(List.of(before.get(1), before.get(0), before.get(2)), photoIds(producer, listing));
        assertEquals(
                303,
                shop.post(photos + before.get(2) + "/up", Map.of()).getStatus().getCode());
        assertEquals(List.of(before.get(1), before.get(2), before.get(0)), photoIds(producer, listing));
        shop.post(photos + before.get(1) + "/up", Map.of());
        assertEquals(
                List.of(before.get(1), before.get(2), before.get(0)),
                photoIds(producer, listing),
                "the first stays first");

        List<Long> dragged = List.of(before.get(0), before.get(1), before.get(2));
        assertEquals(
                200,
                shop.postJson(photos + "order", Map.of("photoIds", dragged))
                        .getStatus()
                        .getCode());
        assertEquals(dragged, photoIds(producer, listing), "the whole order from a drag");
        HttpResponse<String> partial =
                shop.postJson(photos + "order", Map.of("photoIds", List.of(before.get(2), before.get(2), 0L)));
        assertEquals(422, partial.getStatus().getCode());
        assertTrue(PortalSession.body(partial).contains("ลำดับรูปภาพไม่ครบ"));
        assertEquals(dragged, photoIds(producer, listing), "a bad order changes nothing");
        shop.postJson(photos + "order", Map.of("photoIds", List.of(before.get(1), before.get(2), before.get(0))));

        String key = own(producer, listing).photos().get(0).storageKey();
        assertTrue(storage.get(key + "/list.jpg").isPresent());
        assertEquals(
                303,
                shop.post(photos + before.get(1) + "/delete", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(List.of(before.get(2), before.get(0)), photoIds(producer, listing));
        assertTrue(storage.get(key + "/list.jpg").isEmpty(), "the files are deleted too");
        assertTrue(storage.get(key + "/page.jpg").isEmpty());

        String other = shop.newListing("หมวกใบที่สอง", "200", "5");
        assertEquals(
                404,
                shop.post("/listings/" + other + "/photos/" + before.get(2) + "/delete", Map.of())
                        .getStatus()
                        .getCode(),
                "a photo of another listing");
        assertEquals(2, photoIds(producer, listing).size());
    }

    @Test
    void anotherProducersOptionsAndPhotosAreNotFound() {
        Buyers buyers = new Buyers(context);
        PortalSession a = PortalSession.newProducer(client, "opt-a@example.com", "ร้าน A");
        PortalSession b = PortalSession.newProducer(client, "opt-b@example.com", "ร้าน B");
        ProducerId producerB = buyers.producerOf("opt-b@example.com");
        String theirs = b.newListing("ของ B", "100", "3");
        b.post(
                "/listings/" + theirs + "/variants",
                Map.of("variantNameTh", "เล็ก", "variantPrice", "90", "variantStock", "1"));
        b.upload(
                "/listings/" + theirs + "/photos",
                "photo",
                "p.jpg",
                MediaType.IMAGE_JPEG_TYPE,
                Photos.jpeg(200, 200, Color.RED));
        Product before = own(producerB, theirs);
        long variant = before.variants().get(0).id();
        long photo = before.photos().get(0).id();
        Map<String, String> form = Map.of("variantNameTh", "ยึด", "variantPrice", "1", "variantStock", "0");
        for (String path : List.of(
                "/listings/" + theirs + "/variants",
                "/listings/" + theirs + "/variants/" + variant,
                "/listings/" + theirs + "/variants/" + variant + "/delete",
                "/listings/" + theirs + "/photos/" + photo + "/up",
                "/listings/" + theirs + "/photos/" + photo + "/down",
                "/listings/" + theirs + "/photos/" + photo + "/delete")) {
            assertEquals(404, a.post(path, form).getStatus().getCode(), path);
        }
        assertEquals(
                404,
                a.postJson("/listings/" + theirs + "/photos/order", Map.of("photoIds", List.of(photo)))
                        .getStatus()
                        .getCode());
        Product after = own(producerB, theirs);
        assertEquals(before.version(), after.version(), "nothing of B's listing changed");
        assertEquals(1, after.photos().size());
    }

    private Product own(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow();
    }

    private List<Long> photoIds(ProducerId producer, String publicId) {
        return own(producer, publicId).photos().stream().map(Product.Photo::id).toList();
    }
}
