package th.otop.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.order.Order;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/**
 * One order number for the buyer: everything placed together has the checkout's number, and each shop's part is shown
 * as a part of it ({@code <number>-1}, "part 1 of 2") on every page, in the mails, and to the producer.
 */
@MicronautTest(transactional = false)
class OrderNumberIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Checkouts checkouts;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    private record Placed(ShopperSession shopper, Checkout checkout, String email) {}

    private Placed twoShops(String language) {
        ShopperSession shopper = new ShopperSession(client, language);
        shopper.post("/cart/add", Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"));
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        String form = shopper.page("/checkout");
        Map<String, String> order = CheckoutIntegrationTest.address(
                CheckoutIntegrationTest.field(form, "cartId"),
                CheckoutIntegrationTest.field(form, "idempotencyKey"),
                "PROMPTPAY");
        String email = "number-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        order.put("email", email);
        HttpResponse<String> placed = shopper.post("/checkout", order);
        assertEquals(HttpStatus.SEE_OTHER, placed.getStatus(), body(placed));
        String publicId =
                placed.header(HttpHeaders.LOCATION).replace("/checkout/", "").replace("/pay", "");
        return new Placed(shopper, checkouts.forBuyer(shopper.guest(), publicId), email);
    }

    @Test
    void theBuyerSeesOneNumberAndEachShopsPartAsAPartOfIt() {
        Placed placed = twoShops("th");
        String number = placed.checkout().publicId();
        List<Order> parts = placed.checkout().orders();
        assertEquals(2, parts.size());
        assertEquals(number + "-1", parts.get(0).number().toString());
        assertEquals(number + "-2", parts.get(1).number().toString());

        String status = placed.shopper().page("/checkout/" + number);
        assertTrue(status.contains("class=\"checkout-number\">" + number + "<"), status);
        assertTrue(status.contains("ส่วนที่ 1 จาก 2 · " + number + "-1"), status);
        assertTrue(status.contains("ส่วนที่ 2 จาก 2 · " + number + "-2"), status);
        for (Order part : parts) {
            assertFalse(status.contains(">" + part.publicId() + "<"), "no second number beside the order's");
            assertFalse(status.contains("คำสั่งซื้อ " + part.publicId()), "no second number beside the order's");
        }

        String pay = placed.shopper().page("/checkout/" + number + "/pay");
        assertTrue(pay.contains("คำสั่งซื้อ " + number + "-1"), pay);
        assertTrue(pay.contains("คำสั่งซื้อ " + number + "-2"), pay);

        String mine = placed.shopper().page("/checkout/mine");
        assertTrue(mine.contains("เลขที่คำสั่งซื้อ " + number), mine);
        assertTrue(mine.contains("ส่วนที่ 2 จาก 2 · " + number + "-2"), mine);

        List<String> subjects = subjects(placed.email());
        assertEquals(2, subjects.size(), subjects.toString());
        assertTrue(
                subjects.get(0).startsWith("ได้รับคำสั่งซื้อ " + number + " (ส่วนที่ 1 จาก 2 · "), subjects.toString());
        assertTrue(subjects.get(1).contains("We received order " + number + " (part 2 of 2 · "), subjects.toString());
    }

    @Test
    void theOrderIsTrackedByItsNumberAPartsNumberOrTheKeyEarlierPagesShowed() {
        Placed placed = twoShops("en");
        String number = placed.checkout().publicId();
        ShopperSession stranger = new ShopperSession(client, "en");
        List<String> typed = List.of(
                number,
                number + "-2",
                " " + number.toUpperCase() + "-1 ",
                placed.checkout().orders().get(1).publicId());
        for (String asTyped : typed) {
            String tracked =
                    stranger.page("/checkout/track?number=" + asTyped.replace(" ", "%20") + "&phone=0812345678");
            assertTrue(tracked.contains("Order number " + number), asTyped + ": " + tracked);
            assertTrue(tracked.contains("Part 1 of 2 · " + number + "-1"), tracked);
            assertTrue(tracked.contains("Part 2 of 2 · " + number + "-2"), tracked);
        }
        String wrongPhone = stranger.page("/checkout/track?number=" + number + "-2&phone=0899999999");
        assertTrue(wrongPhone.contains("No order matches"), wrongPhone);
        String noSuchPart = stranger.page("/checkout/track?number=zzzzzzzzzzzz-1&phone=0812345678");
        assertTrue(noSuchPart.contains("No order matches"), noSuchPart);

        String status = placed.shopper().page("/checkout/" + number);
        assertTrue(status.contains("Part 1 of 2 · " + number + "-1"), status);
    }

    @Test
    void anOrderFromOneShopHasJustTheOneNumber() {
        ShopperSession shopper = new ShopperSession(client);
        shopper.post("/cart/add", Map.of("product", catalogue.chilli(), "quantity", "1"));
        String form = shopper.page("/checkout");
        HttpResponse<String> placed = shopper.post(
                "/checkout",
                CheckoutIntegrationTest.address(
                        CheckoutIntegrationTest.field(form, "cartId"),
                        CheckoutIntegrationTest.field(form, "idempotencyKey"),
                        "PROMPTPAY"));
        String location = placed.header(HttpHeaders.LOCATION).replace("/pay", "");
        String status = shopper.page(location);
        String number = location.replace("/checkout/", "");
        assertTrue(status.contains("class=\"checkout-number\">" + number + "<"), status);
        assertFalse(status.contains("class=\"muted order-part\""), "no parts to tell apart: " + status);
    }

    private List<String> subjects(String recipient) {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("SELECT subject FROM notification_outbox WHERE recipient=? ORDER BY id", ps -> {
                    ps.setString(1, recipient);
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(rs.getString(1));
                        }
                    }
                    return rows;
                }));
    }
}
