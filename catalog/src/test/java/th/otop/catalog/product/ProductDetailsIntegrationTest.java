package th.otop.catalog.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.stock.Stock;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

/** Variants, photos and the rule that a producer touches only its own listings. */
@MicronautTest(transactional = false)
class ProductDetailsIntegrationTest implements RealServices {
    @Inject
    Products products;

    @Inject
    Stock stock;

    @Inject
    CatalogMother mother;

    private ProducerId owner;
    private ProductId shirt;

    private void shirtOnSale() {
        owner = mother.verifiedProducer("กลุ่มม่อฮ่อมแพร่", 54, ProducerKind.OCCUPATIONAL_GROUP);
        shirt = mother.published(
                owner, CatalogMother.draft("เสื้อม่อฮ่อม", "Mor hom shirt", Category.CLOTH, 35_000, 0));
    }

    @Test
    void eachVariantHasItsOwnPriceAndStockAndTheLastUnitGoesToOneBuyer() throws Exception {
        shirtOnSale();
        long small = products.addVariant(owner, shirt, new VariantDraft("ไซซ์ S", "Size S", 32_000, 1, null));
        products.addVariant(owner, shirt, new VariantDraft("ไซซ์ XL", "Size XL", 39_000, 4, null));
        Product product = products.find(shirt).orElseThrow();
        assertEquals(
                List.of(32_000L, 39_000L),
                product.variants().stream().map(Variant::priceSatang).toList());
        assertTrue(product.isBuyable(), "buyable through its variants although the product itself has no stock");

        var first = CompletableFuture.supplyAsync(() -> stock.reserveVariant(shirt, small, 1, "a"));
        var second = CompletableFuture.supplyAsync(() -> stock.reserveVariant(shirt, small, 1, "b"));
        assertEquals(
                1, List.of(first.get(), second.get()).stream().filter(b -> b).count());
        assertEquals(0, products.find(shirt).orElseThrow().variants().get(0).stock());
    }

    @Test
    void aBadVariantIsRefused() {
        shirtOnSale();
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> products.addVariant(owner, shirt, new VariantDraft("", null, -5, 1, null)));
        assertEquals(
                List.of("variant.nameTh", "variant.price"),
                e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void photosCanBeReorderedAndRemovedOnlyAsAWhole() {
        shirtOnSale();
        products.addPhoto(owner, shirt, "products/a", 800, 600);
        products.addPhoto(owner, shirt, "products/b", 800, 600);
        List<Long> ids = products.find(shirt).orElseThrow().photos().stream()
                .map(Product.Photo::id)
                .toList();
        assertThrows(InvalidInputException.class, () -> products.reorderPhotos(owner, shirt, List.of(ids.get(1))));
        products.reorderPhotos(owner, shirt, List.of(ids.get(1), ids.get(0)));
        assertEquals(
                "products/b", products.find(shirt).orElseThrow().photos().get(0).storageKey());
        assertEquals("products/a", products.removePhoto(owner, shirt, ids.get(0)));
        assertEquals(1, products.find(shirt).orElseThrow().photos().size());
    }

    @Test
    void anotherProducerCannotTouchTheListing() {
        shirtOnSale();
        ProducerId stranger = mother.verifiedProducer("ร้านอื่น", 10, ProducerKind.SME);
        ProductDraft edit = CatalogMother.draft("ของปลอม", "Fake", Category.CLOTH, 1_00, 1);
        assertThrows(ProductNotFoundException.class, () -> products.update(stranger, shirt, edit));
        assertThrows(ProductNotFoundException.class, () -> products.findOwned(stranger, shirt));
        assertThrows(
                ProductNotFoundException.class,
                () -> products.addVariant(stranger, shirt, new VariantDraft("S", null, 100, 1, null)));
        assertThrows(ProductNotFoundException.class, () -> products.delete(stranger, shirt));
        assertThrows(ProductNotFoundException.class, () -> products.unpublish(stranger, shirt));
        assertEquals("เสื้อม่อฮ่อม", products.find(shirt).orElseThrow().titleTh(), "nothing changed");
    }

    @Test
    void aSuspendedProducerCannotPublish() {
        ProducerId waiting = mother.verifiedProducer("รอตรวจ", 10, ProducerKind.SME);
        ProductId id = products.create(waiting, CatalogMother.draft("สินค้ารอ", "Waiting", Category.FOOD, 5_000, 1));
        mother.suspend(waiting);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> products.publish(waiting, id));
        assertTrue(
                e.errors().get(0).messageEn().contains("verification"),
                e.errors().get(0).messageEn());
    }
}
