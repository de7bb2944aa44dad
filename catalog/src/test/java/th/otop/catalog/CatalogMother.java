package th.otop.catalog;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import th.otop.catalog.audit.OfficerActions;
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
    /** The account the fixtures' officer grades under; the audit log and grade history name it. */
    public static final long GRADING_OFFICER = 9_001;

    private final Producers producers;
    private final Products products;
    private final OfficerActions officer;

    CatalogMother(Producers producers, Products products, OfficerActions officer) {
        this.producers = producers;
        this.products = products;
        this.officer = officer;
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

    public static ProductDraft draft(String titleTh, String titleEn, Category category, long priceSatang, int stock) {
        return new ProductDraft(titleTh, titleEn, null, null, category, priceSatang, stock, "ชิ้น", "piece", 500, 0);
    }

    public ProductId published(ProducerId producer, ProductDraft draft) {
        ProductId id = products.create(producer, draft);
        products.publish(producer, id);
        return id;
    }

    /** Published, then graded the only way a grade is written: by an officer. */
    public ProductId published(ProducerId producer, ProductDraft draft, Grading grading) {
        ProductId id = published(producer, draft);
        officer.recordGrade(GRADING_OFFICER, id, grading);
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
