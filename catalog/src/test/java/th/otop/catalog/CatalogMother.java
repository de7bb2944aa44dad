package th.otop.catalog;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;

/** Test data for catalog tests: verified producers and published products, in a few lines each. */
@Singleton
public class CatalogMother {
    private final Producers producers;
    private final Products products;

    CatalogMother(Producers producers, Products products) {
        this.producers = producers;
        this.products = products;
    }

    public ProducerId verifiedProducer(String nameTh, int provinceId, ProducerKind kind) {
        ProducerId id = producers.register(new ProducerProfile(
                kind,
                nameTh,
                null,
                "เรื่องราวของกลุ่ม",
                null,
                provinceId,
                null,
                null,
                null,
                "บ้านหนองบัว",
                "0812345678",
                null,
                "0812345678",
                true));
        producers.decideVerification(id, Verification.VERIFIED, null);
        return id;
    }

    public void suspend(ProducerId producer) {
        producers.decideVerification(producer, Verification.SUSPENDED, "ตรวจสอบเอกสาร");
    }

    public static ProductDraft draft(
            String titleTh, String titleEn, Category category, Grading grading, long priceSatang, int stock) {
        return new ProductDraft(
                titleTh, titleEn, null, null, category, grading, priceSatang, stock, "ชิ้น", "piece", 500, 0);
    }

    public ProductId published(ProducerId producer, ProductDraft draft) {
        ProductId id = products.create(producer, draft);
        products.publish(producer, id);
        return id;
    }

    /** Waits for something that the indexer makes true shortly, failing after the given time. */
    public static void eventually(Duration within, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + within.toMillis() + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
