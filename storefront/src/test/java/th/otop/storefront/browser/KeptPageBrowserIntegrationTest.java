package th.otop.storefront.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.storefront.StorefrontMother;

/**
 * A product page kept for guests, as Chromium gets it: compressed once when kept, with the shopper's own token put
 * into the compressed page. The second shopper's browser reads it and adds the product to the cart with that token.
 */
@MicronautTest(transactional = false)
class KeptPageBrowserIntegrationTest implements RealServices {
    @Inject
    EmbeddedServer server;

    @Inject
    StorefrontMother mother;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.super.getProperties());
        properties.put("otop.page-cache.product-pages", "10m");
        return properties;
    }

    @Test
    void theSecondShopperGetsTheKeptPageAndItsCartFormWorks() {
        String base = "http://localhost:" + server.getPort();
        String product = "/p/" + mother.catalogue().chilli();
        try (Browser first = Browser.open(base, "th-TH,th")) {
            first.go(product);
            assertEquals("น้ำพริกเผาแม่ประนอม", first.text("h1"));
        }
        double shownBefore = shownKept();
        try (Browser second = Browser.open(base, "th-TH,th")) {
            second.go(product);
            assertEquals("น้ำพริกเผาแม่ประนอม", second.text("h1"));
            assertEquals(shownBefore + 1, shownKept(), "the page came from memory");
            second.assertNoCspViolations();

            second.find(".add-to-cart button").click();
            second.waitUntil(d -> d.getCurrentUrl().matches(".*/cart\\?added=.*"));
            assertTrue(second.text(".line-title").contains("น้ำพริกเผาแม่ประนอม"), "the kept page's token worked");
        }
    }

    private double shownKept() {
        return meters.counter("otop.guest.pages", "outcome", "shown-kept").count();
    }
}
