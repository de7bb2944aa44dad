package th.otop.orders.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.TestShop;

@MicronautTest(transactional = false)
class CartIntegrationTest implements RealServices {
    @Inject
    ApplicationContext context;

    @Inject
    Carts carts;

    @Inject
    Products products;

    TestShop shop;
    ProducerId silk;
    ProducerId herbs;

    @BeforeAll
    void shop() {
        shop = new TestShop(context);
        silk = shop.producer(false);
        herbs = shop.producer(true);
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 1000, 10_000})
    void aQuantityOutsideOneTo999IsRefusedInThaiAndEnglish(int quantity) {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> carts.add(buyer, scarf, quantity));
        assertEquals("quantity", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).messageTh().startsWith("จำนวน"));
        assertTrue(carts.cartOf(buyer).isEmpty());
    }

    @Test
    void addingTheSameProductAgainAddsUpButNotPast999() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        carts.add(buyer, scarf, 2);
        assertEquals(5, carts.add(buyer, scarf, 3).lines().get(0).quantity());
        assertThrows(InvalidInputException.class, () -> carts.add(buyer, scarf, 995));
        assertEquals(
                7,
                carts.setQuantity(buyer, new LineKey(scarf, null), 7)
                        .lines()
                        .get(0)
                        .quantity());
    }

    @Test
    void pricesAreReadFromTheCatalogEveryTime() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        Buyer buyer = TestShop.newBuyer();
        assertEquals(90_000, carts.add(buyer, scarf, 2).itemsSatang());
        products.update(
                silk,
                scarf,
                new ProductDraft(
                        "ผ้าไหมมัดหมี่",
                        "Mudmee silk",
                        null,
                        null,
                        th.otop.catalog.product.Category.CLOTH,
                        50_000,
                        1,
                        "ผืน",
                        "piece",
                        300,
                        3));
        Cart cart = carts.cartOf(buyer);
        assertEquals(100_000, cart.itemsSatang());
        assertFalse(cart.lines().get(0).available(), "2 wanted, 1 left");
    }

    @Test
    void linesOfSeveralProducersAreGroupedByProducer() {
        Buyer buyer = TestShop.newBuyer();
        carts.add(buyer, shop.product(silk, 45_000, 10), 1);
        carts.add(buyer, shop.product(herbs, 12_000, 10), 2);
        carts.add(buyer, shop.product(silk, 30_000, 10), 1);
        Cart cart = carts.cartOf(buyer);
        assertEquals(2, cart.byProducer().size());
        assertEquals(2, cart.byProducer().get(silk).size());
        assertEquals(45_000 + 24_000 + 30_000, cart.itemsSatang());
    }

    @Test
    void aGuestCartMergesIntoTheAccountCartAtSignIn() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        ProductId tea = shop.product(herbs, 12_000, 10);
        Buyer guest = TestShop.newBuyer();
        Buyer account = Buyer.account(System.nanoTime());
        carts.add(account, scarf, 1);
        carts.add(guest, scarf, 2);
        carts.add(guest, tea, 1);
        Cart merged = carts.mergeGuestCart(guest, account);
        assertEquals(2, merged.lines().size());
        assertEquals(3, merged.lines().get(0).quantity());
        assertTrue(carts.cartOf(guest).isEmpty(), "the guest starts over with an empty cart");
    }

    @Test
    void aProductNotOnSaleCannotBeAdded() {
        ProductId scarf = shop.product(silk, 45_000, 10);
        products.unpublish(silk, scarf);
        assertThrows(InvalidInputException.class, () -> carts.add(TestShop.newBuyer(), scarf, 1));
    }
}
