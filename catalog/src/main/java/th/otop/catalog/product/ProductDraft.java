package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;

/**
 * What a producer enters for a product; checked as a whole before anything is saved. It has no OTOP star grade: only
 * an officer records that ({@link ProductGrades}), so no producer's form, CSV or API can set or change it.
 */
@Serdeable
public record ProductDraft(
        String titleTh,
        @Nullable String titleEn,
        @Nullable String descriptionTh,
        @Nullable String descriptionEn,
        Category category,
        long priceSatang,
        int stock,
        String unitTh,
        String unitEn,
        int weightGrams,
        int processingDays) {

    /** 1,000,000 baht: above any OTOP item, below any overflow. */
    public static final long MAX_PRICE_SATANG = 100_000_000L;

    public static final int MAX_STOCK = 1_000_000;

    void validate() {
        checks().throwIfInvalid();
    }

    /** Every rule this draft breaks, for a form that reports them beside the fields it could not read. */
    public List<FieldError> problems() {
        return checks().errors();
    }

    private Checks checks() {
        Checks checks = new Checks()
                .notBlank(titleTh, "titleTh", "ชื่อสินค้าภาษาไทย", "The Thai title")
                .maxLength(titleTh, 200, "titleTh", "ชื่อสินค้าภาษาไทย", "The Thai title")
                .maxLength(titleEn, 200, "titleEn", "ชื่อสินค้าภาษาอังกฤษ", "The English title")
                .maxLength(descriptionTh, 5000, "descriptionTh", "รายละเอียด", "The description")
                .maxLength(descriptionEn, 5000, "descriptionEn", "รายละเอียดภาษาอังกฤษ", "The English description")
                .require(category != null, "category", "กรุณาเลือกหมวดสินค้า", "Choose a category")
                .require(
                        priceSatang > 0 && priceSatang <= MAX_PRICE_SATANG,
                        "price",
                        "ราคาต้องมากกว่า 0 และไม่เกิน 1,000,000 บาท",
                        "The price must be more than 0 and at most 1,000,000 baht")
                .range(stock, 0, MAX_STOCK, "stock", "จำนวนสต็อก", "The stock")
                .range(weightGrams, 0, 100_000, "weightGrams", "น้ำหนัก (กรัม)", "The weight in grams")
                .range(processingDays, 0, 90, "processingDays", "ระยะเวลาเตรียมสินค้า (วัน)", "The processing time")
                .notBlank(unitTh, "unitTh", "หน่วยนับ", "The unit");
        return checks;
    }

    /** The English unit as stored: the Thai one when none is given. */
    String storedUnitEn() {
        return unitEn == null || unitEn.isBlank() ? unitTh : unitEn;
    }

    /** Whether saving this draft would store exactly what the product already has (blank and missing alike). */
    boolean sameAs(Product product) {
        return titleTh.strip().equals(product.titleTh())
                && same(titleEn, product.titleEn())
                && same(descriptionTh, product.descriptionTh())
                && same(descriptionEn, product.descriptionEn())
                && category == product.category()
                && priceSatang == product.priceSatang()
                && stock == product.stock()
                && same(unitTh, product.unitTh())
                && same(storedUnitEn(), product.unitEn())
                && weightGrams == product.weightGrams()
                && processingDays == product.processingDays();
    }

    private static boolean same(String typed, String stored) {
        return (typed == null || typed.isEmpty() ? "" : typed).equals(stored == null ? "" : stored);
    }
}
