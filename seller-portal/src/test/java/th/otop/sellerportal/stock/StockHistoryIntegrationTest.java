package th.otop.sellerportal.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.stock.MovementReason;
import th.otop.catalog.stock.Stock;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/** Stock history names every reason by its label in Thai and in English, and the option by its name. */
@MicronautTest(transactional = false)
class StockHistoryIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Products products;

    @Inject
    Stock stock;

    @Test
    void everyReasonShowsItsLabelAndNoRawCode() {
        PortalSession shop = PortalSession.newProducer(client, "history@example.com", "ร้านประวัติสต็อก");
        Buyers buyers = new Buyers(context);
        ProducerId producer = buyers.producerOf("history@example.com");
        String listing = shop.newListing("ผ้าขาวม้าทอมือ", "250", "10");
        assertEquals(
                303,
                shop.post("/listings/bulk", Map.of("stock." + listing, "12"))
                        .getStatus()
                        .getCode());
        String options = "/listings/" + listing + "/variants";
        shop.post(options, Map.of("variantNameTh", "ลายตาราง", "variantPrice", "250", "variantStock", "3"));
        shop.post(options, Map.of("variantNameTh", "ลายริ้ว", "variantPrice", "250", "variantStock", "2"));
        long striped = own(producer, listing).variants().get(1).id();
        assertEquals(
                303,
                shop.post(options + "/" + striped + "/delete", Map.of())
                        .getStatus()
                        .getCode());

        buyers.verify(producer);
        Product product = buyers.publish(producer, listing);
        assertTrue(stock.reserve(product.id(), 1, "CK0000000002"), "a consumer's sale");
        assertTrue(stock.reserve(product.id(), 2, MovementReason.WHOLESALE_SALE, "PO0000000001"));
        stock.release(product.id(), 2, MovementReason.CANCELLATION, "PO0000000001");
        stock.release(product.id(), 1, MovementReason.EXPIRY, "CK0000000001");

        for (String language : List.of("th", "en")) {
            shop.setCookie("lang", language);
            String page = PortalSession.body(shop.get("/stock/" + listing));
            String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
            ResourceBundle labels = ResourceBundle.getBundle(
                    "i18n.messages",
                    Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (MovementReason reason : MovementReason.values()) {
                String label = labels.getString("movement." + reason.name());
                assertNotEquals(reason.name(), label);
                assertTrue(table.contains(label), language + ": " + reason + " shows as " + label + " in " + table);
                assertFalse(table.contains(reason.name()), language + ": no raw " + reason + " in " + table);
            }
            for (String raw : List.of("created", "edited", "variant:", "po:")) {
                assertFalse(table.contains(raw), language + ": no raw \"" + raw + "\" in " + table);
            }
            assertTrue(table.contains("ลายตาราง"), "the option by its name");
            assertTrue(table.contains(labels.getString("stock.removedOption")), "a removed option is said so");
            assertTrue(table.contains("PO0000000001"), "the purchase order's number");
        }
    }

    private Product own(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow();
    }
}
