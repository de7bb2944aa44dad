package th.otop.catalog.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;

/** A Sukjai Shop outlet, with the community fund it is linked to. */
@Serdeable
public record Outlet(
        long id,
        String publicId,
        String nameTh,
        @Nullable String nameEn,
        int provinceId,
        String address,
        String operatorOrganisation,
        @Nullable Long fundId,
        OutletStatus status,
        @Nullable String statusNote) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }

    public boolean isVerified() {
        return status == OutletStatus.VERIFIED;
    }
}
