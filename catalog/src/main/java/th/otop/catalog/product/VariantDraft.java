package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.validation.Checks;

@Serdeable
public record VariantDraft(
        String nameTh, @Nullable String nameEn, long priceSatang, int stock, @Nullable String photoKey) {
    void validate() {
        new Checks()
                .notBlank(nameTh, "variant.nameTh", "ชื่อตัวเลือก (เช่น ขนาด สี)", "The option name (size, colour)")
                .maxLength(nameTh, 100, "variant.nameTh", "ชื่อตัวเลือก", "The option name")
                .require(
                        priceSatang > 0 && priceSatang <= ProductDraft.MAX_PRICE_SATANG,
                        "variant.price",
                        "ราคาต้องมากกว่า 0 และไม่เกิน 1,000,000 บาท",
                        "The price must be more than 0 and at most 1,000,000 baht")
                .range(stock, 0, ProductDraft.MAX_STOCK, "variant.stock", "จำนวนสต็อก", "The stock")
                .throwIfInvalid();
    }
}
