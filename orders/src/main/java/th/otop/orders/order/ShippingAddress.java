package th.otop.orders.order;

import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.geography.Place;
import th.otop.catalog.validation.Checks;

/**
 * Where an order goes, the way Thai addresses are written: house number, moo, soi and road in one line, then
 * subdistrict (tambon/khwaeng), district (amphoe/khet), province and the 5-digit postcode.
 *
 * @param phone a mobile number of 10 digits starting with 0, which couriers call before delivering
 */
@Serdeable
public record ShippingAddress(
        String recipientName,
        String phone,
        String addressLine,
        String subdistrict,
        String district,
        int provinceId,
        String postcode) {

    /** The same address with the phone number's spaces and dashes dropped, as people type {@code 081-234-5678}. */
    public ShippingAddress normalized() {
        return new ShippingAddress(
                strip(recipientName),
                phone == null ? null : phone.replaceAll("[\\s-]", ""),
                strip(addressLine),
                strip(subdistrict),
                strip(district),
                provinceId,
                strip(postcode));
    }

    /** Where the address is, for checking it against the reference geography. */
    public Place place() {
        return new Place(provinceId, district, subdistrict, postcode == null ? "" : postcode);
    }

    /**
     * Adds this address's broken rules; whether the province, district, subdistrict and postcode belong together is
     * checked by the caller against the geography ({@link th.otop.catalog.geography.Geography#check}).
     */
    public Checks check(Checks checks) {
        return checks.notBlank(recipientName, "recipientName", "ชื่อผู้รับ", "The recipient's name")
                .maxLength(recipientName, 200, "recipientName", "ชื่อผู้รับ", "The recipient's name")
                .require(
                        phone != null && phone.matches("0\\d{9}"),
                        "phone",
                        "เบอร์โทรศัพท์ต้องเป็นตัวเลข 10 หลักขึ้นต้นด้วย 0",
                        "The phone number must be 10 digits starting with 0")
                .notBlank(addressLine, "addressLine", "ที่อยู่", "The address")
                .maxLength(addressLine, 300, "addressLine", "ที่อยู่", "The address")
                .maxLength(subdistrict, 100, "subdistrict", "ตำบล/แขวง", "The subdistrict")
                .maxLength(district, 100, "district", "อำเภอ/เขต", "The district");
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
