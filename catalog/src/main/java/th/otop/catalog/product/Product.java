package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.otop.catalog.Bilingual;
import th.otop.catalog.producer.ProducerId;

/** A product as the apps and the order service see it. */
@Serdeable
public record Product(
        ProductId id,
        String publicId,
        ProducerId producerId,
        String titleTh,
        @Nullable String titleEn,
        @Nullable String descriptionTh,
        @Nullable String descriptionEn,
        Category category,
        Grading grading,
        long priceSatang,
        int stock,
        String unitTh,
        String unitEn,
        int weightGrams,
        int processingDays,
        ProductStatus status,
        @Nullable String hiddenReason,
        long version,
        Instant createdAt,
        List<Photo> photos,
        List<Variant> variants) {

    @Serdeable
    public record Photo(long id, int position, String storageKey, int width, int height) {}

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleTh, titleEn);
    }

    /** One of this product's own variants; empty for another product's variant or a removed one. */
    public Optional<Variant> variant(long variantId) {
        return variants.stream().filter(v -> v.id() == variantId).findFirst();
    }

    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    public boolean isBuyable() {
        return status == ProductStatus.PUBLISHED
                && (stock > 0 || variants.stream().anyMatch(v -> v.stock() > 0));
    }
}
