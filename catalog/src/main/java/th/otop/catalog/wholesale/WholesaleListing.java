package th.otop.catalog.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;

/** One product in the wholesale catalogue, with its producer, its community links and its terms. */
@Serdeable
public record WholesaleListing(
        ProductId productId,
        String productPublicId,
        String titleTh,
        @Nullable String titleEn,
        Category category,
        @Nullable Integer stars,
        long retailPriceSatang,
        int stock,
        String unitTh,
        String unitEn,
        ProducerId producerId,
        String producerPublicId,
        String producerNameTh,
        @Nullable String producerNameEn,
        int provinceId,
        Region region,
        boolean sammachipLinked,
        boolean fundLinked,
        WholesaleTerms terms) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleTh, titleEn);
    }

    public String producerName(Locale locale) {
        return Bilingual.pick(locale, producerNameTh, producerNameEn);
    }
}
