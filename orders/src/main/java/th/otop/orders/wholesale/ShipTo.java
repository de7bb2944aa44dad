package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import th.otop.catalog.Bilingual;
import th.otop.catalog.geography.Province;

/**
 * Where a producer ships an outlet's order and whom to call about it: the outlet with its address (house, subdistrict,
 * district and postcode in one line, as the outlet signed up) and province, and the member who placed the order with
 * the phone and email they sign in with. Outlets have no phone of their own, so the person who ordered is the contact.
 */
@Serdeable
public record ShipTo(
        String outletNameTh,
        @Nullable String outletNameEn,
        String address,
        @Nullable Province province,
        String contactName,
        @Nullable String phone,
        @Nullable String email) {

    public String outletName(Locale locale) {
        return Bilingual.pick(locale, outletNameTh, outletNameEn);
    }
}
