package th.otop.sellerportal.wholesale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/** Tiers, minimum order, case pack and net terms per listing; bad terms are explained and not saved. */
@MicronautTest(transactional = false)
class WholesaleTermsIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Products products;

    @Inject
    WholesaleCatalogue catalogue;

    @Test
    void termsAreSetCheckedAndRemoved() {
        PortalSession shop = PortalSession.newProducer(client, "wholesale@example.com", "ร้านขายส่ง");
        ProducerId producer = new Buyers(context).producerOf("wholesale@example.com");
        String listing = shop.newListing("ข้าวหอมมะลิ 5 กก.", "250", "200");
        Product product = own(producer, listing);
        assertTrue(PortalSession.body(shop.get("/wholesale")).contains("ขายปลีกเท่านั้น"));

        Map<String, String> form = new HashMap<>(Map.of(
                "minOrderQuantity", "20",
                "casePack", "10",
                "acceptsNetTerms", "on",
                "tierQty0", "20",
                "tierPrice0", "210",
                "tierQty1", "100",
                "tierPrice1", "195.50"));
        assertEquals(303, shop.post("/wholesale/" + listing, form).getStatus().getCode());
        WholesaleTerms terms = catalogue.find(product.id()).orElseThrow();
        assertEquals(20, terms.minOrderQuantity());
        assertEquals(10, terms.casePack());
        assertTrue(terms.acceptsNetTerms());
        assertEquals(List.of(new PriceTier(20, 210_00), new PriceTier(100, 195_50)), terms.tiers());
        assertTrue(
                PortalSession.body(shop.get("/wholesale")).contains("ขั้นต่ำ 20 ชิ้น ลังละ 10 ชิ้น ราคาเริ่ม ฿210.00"));
        assertTrue(PortalSession.body(shop.get("/wholesale/" + listing)).contains("value=\"195.50\""));
        assertTrue(
                PortalSession.body(shop.get("/wholesale/" + listing))
                        .matches("(?s).*<input[^>]*name=\"acceptsNetTerms\"[^>]*checked.*"),
                "credit offered, the box stays ticked");

        Map<String, String> rising = new HashMap<>(form);
        rising.put("tierPrice1", "230");
        rising.remove("acceptsNetTerms");
        HttpResponse<String> bad = shop.post("/wholesale/" + listing, rising);
        assertEquals(422, bad.getStatus().getCode());
        assertTrue(PortalSession.body(bad).contains("ราคาไม่สูงขึ้น"), PortalSession.body(bad));
        assertTrue(PortalSession.body(bad).contains("value=\"230\""), "what was typed stays");
        HttpResponse<String> notANumber =
                shop.post("/wholesale/" + listing, Map.of("minOrderQuantity", "สิบ", "casePack", "0"));
        assertEquals(422, notANumber.getStatus().getCode());
        String all = PortalSession.body(notANumber);
        // the unreadable number and the rules for the other fields in one answer
        assertTrue(all.contains("จำนวนสั่งขั้นต่ำต้องเป็นจำนวนเต็ม"), all);
        assertTrue(all.contains("จำนวนต่อลังต้องอยู่ระหว่าง 1 ถึง 10000"), all);
        assertTrue(all.contains("กรุณาตั้งราคาส่ง 1 ถึง 10 ขั้น"), all);
        assertEquals(terms, catalogue.find(product.id()).orElseThrow(), "nothing of bad terms is saved");

        assertEquals(
                303,
                shop.post("/wholesale/" + listing + "/remove", Map.of())
                        .getStatus()
                        .getCode());
        assertTrue(catalogue.find(product.id()).isEmpty());
    }

    @Test
    void creditIsOffUntilTheProducerTicksIt() {
        PortalSession shop = PortalSession.newProducer(client, "ws-credit@example.com", "ร้านไม่รับเครดิต");
        ProducerId producer = new Buyers(context).producerOf("ws-credit@example.com");
        String listing = shop.newListing("น้ำพริกตาแดง", "60", "100");
        for (String language : List.of("th", "en")) {
            shop.setCookie("lang", language);
            String blank = PortalSession.body(shop.get("/wholesale/" + listing));
            assertTrue(blank.contains("name=\"acceptsNetTerms\""), blank);
            assertFalse(
                    blank.matches("(?s).*<input[^>]*name=\"acceptsNetTerms\"[^>]*checked.*"),
                    "a new listing's credit box starts unticked (" + language + ")");
        }
        Map<String, String> form =
                Map.of("minOrderQuantity", "12", "casePack", "12", "tierQty0", "12", "tierPrice0", "48");
        assertEquals(303, shop.post("/wholesale/" + listing, form).getStatus().getCode());
        Product product = own(producer, listing);
        assertFalse(catalogue.find(product.id()).orElseThrow().acceptsNetTerms());
        assertFalse(
                PortalSession.body(shop.get("/wholesale/" + listing))
                        .matches("(?s).*<input[^>]*name=\"acceptsNetTerms\"[^>]*checked.*"),
                "saved without credit, shown without credit");
    }

    @Test
    void anotherProducersTermsAreNotFound() {
        PortalSession a = PortalSession.newProducer(client, "ws-a@example.com", "ร้าน A");
        PortalSession b = PortalSession.newProducer(client, "ws-b@example.com", "ร้าน B");
        ProducerId producerB = new Buyers(context).producerOf("ws-b@example.com");
        String theirs = b.newListing("ของ B", "100", "50");
        Map<String, String> form =
                Map.of("minOrderQuantity", "5", "casePack", "5", "tierQty0", "5", "tierPrice0", "80");
        assertEquals(303, b.post("/wholesale/" + theirs, form).getStatus().getCode());

        assertEquals(404, a.get("/wholesale/" + theirs).getStatus().getCode());
        Map<String, String> grab = Map.of("minOrderQuantity", "1", "casePack", "1", "tierQty0", "1", "tierPrice0", "1");
        assertEquals(404, a.post("/wholesale/" + theirs, grab).getStatus().getCode());
        assertEquals(
                404,
                a.post("/wholesale/" + theirs + "/remove", Map.of()).getStatus().getCode());
        assertFalse(PortalSession.body(a.get("/wholesale")).contains(theirs));
        assertEquals(
                80_00L,
                catalogue
                        .find(own(producerB, theirs).id())
                        .orElseThrow()
                        .tiers()
                        .get(0)
                        .unitPriceSatang());
    }

    private Product own(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow();
    }
}
