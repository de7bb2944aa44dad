package th.otop.catalog.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;

/** A producer as the rest of the marketplace sees it. */
@Serdeable
public record Producer(
        ProducerId id,
        String publicId,
        ProducerKind kind,
        String nameTh,
        @Nullable String nameEn,
        @Nullable String storyTh,
        @Nullable String storyEn,
        int provinceId,
        @Nullable String district,
        @Nullable String subdistrict,
        @Nullable String postcode,
        @Nullable String village,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String promptPayId,
        boolean acceptsCashOnDelivery,
        Verification verification,
        @Nullable String verificationNote) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }

    public boolean isVerified() {
        return verification == Verification.VERIFIED;
    }
}
