package th.otop.storefront.account;

import java.util.Locale;
import th.otop.catalog.geography.Geography;
import th.otop.orders.order.ShippingAddress;

/** A saved address on one line, the way a Thai envelope reads, for lists and choices. */
public final class AddressLabel {
    private AddressLabel() {}

    public static String of(ShippingAddress a, Geography geography, Locale locale) {
        String province =
                geography.province(a.provinceId()).map(p -> p.name(locale)).orElse("");
        return a.recipientName() + " · " + a.addressLine() + " " + a.subdistrict() + " " + a.district() + " " + province
                + " " + a.postcode() + " · " + a.phone();
    }
}
