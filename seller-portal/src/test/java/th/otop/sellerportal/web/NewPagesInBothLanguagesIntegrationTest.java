package th.otop.sellerportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Every page of orders, sales, notifications, options and wholesale renders in Thai and in English with all its texts
 * (a missing text shows as {@code ??key_locale??}), without style attributes or inline scripts (the CSP forbids them).
 */
@MicronautTest(transactional = false)
class NewPagesInBothLanguagesIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Test
    void everyNewPageHasItsTextsInThaiAndEnglish() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "bilingual@example.com", "ร้านสองภาษา");
        ProducerId producer = buyers.producerOf("bilingual@example.com");
        buyers.verify(producer);
        String listing = shop.newListing("ผ้าซิ่นตีนจก", "2200", "3");
        buyers.publish(producer, listing);
        // ordered before the listing gains an option, which would make buyers choose one
        Order order = buyers.order(listing, 1, PaymentMethod.PROMPTPAY);
        shop.post(
                "/listings/" + listing + "/variants",
                Map.of("variantNameTh", "ลายดั้งเดิม", "variantPrice", "2400", "variantStock", "1"));
        String path = "/orders/" + order.publicId();
        shop.post(path + "/payment-received", Map.of());

        List<String> pages = List.of(
                "/dashboard",
                "/orders",
                "/orders?status=PAID",
                path,
                path + "/slip",
                "/sales",
                "/sales?period=week",
                "/sales?period=month",
                "/notifications",
                "/listings/" + listing,
                "/wholesale",
                "/wholesale/" + listing,
                "/stock",
                "/stock/" + listing,
                "/shop/team");
        for (String language : List.of("th", "en")) {
            shop.setCookie("lang", language);
            for (String page : pages) {
                HttpResponse<String> response = shop.get(page);
                String body = PortalSession.body(response);
                assertEquals(200, response.getStatus().getCode(), language + " " + page);
                assertTrue(body.contains("lang=\"" + language + "\""), language + " " + page);
                assertFalse(body.contains("??"), language + " " + page + " has a missing text:\n" + body);
                assertFalse(body.contains(" style="), language + " " + page);
                assertFalse(body.contains("<script>"), language + " " + page);
            }
            HttpResponse<String> conflict = shop.post(path + "/payment-received", Map.of());
            assertEquals(409, conflict.getStatus().getCode());
            assertTrue(
                    PortalSession.body(conflict).contains(language.equals("th") ? "ชำระเงินแล้ว" : "the order is paid"),
                    PortalSession.body(conflict));
        }
    }
}
