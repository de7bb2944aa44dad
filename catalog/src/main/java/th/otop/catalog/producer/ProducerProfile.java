package th.otop.catalog.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.validation.Checks;

/**
 * What a producer tells about itself; validated before anything is saved.
 *
 * @param district the district's Thai name, as the address picker gives it; kept by its code
 * @param subdistrict the subdistrict's Thai name, likewise
 * @param postcode one of the subdistrict's postcodes, or null when not given
 */
@Serdeable
public record ProducerProfile(
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
        boolean acceptsCashOnDelivery) {

    /** Throws with every broken rule; also called before saving. */
    public void validate() {
        new Checks()
                .require(kind != null, "kind", "กรุณาเลือกประเภทผู้ผลิต", "Choose the kind of producer")
                .notBlank(nameTh, "nameTh", "ชื่อภาษาไทย", "The Thai name")
                .maxLength(nameTh, 200, "nameTh", "ชื่อภาษาไทย", "The Thai name")
                .maxLength(nameEn, 200, "nameEn", "ชื่อภาษาอังกฤษ", "The English name")
                .range(provinceId, 10, 96, "provinceId", "รหัสจังหวัด", "The province")
                .require(
                        phone == null
                                || phone.isBlank()
                                || phone.replaceAll("[\\s-]", "").matches("0\\d{8,9}"),
                        "phone",
                        "เบอร์โทรศัพท์ต้องเป็นตัวเลข 9-10 หลักขึ้นต้นด้วย 0",
                        "The phone number must be 9-10 digits starting with 0")
                .require(
                        email == null || email.isBlank() || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email",
                        "อีเมลไม่ถูกต้อง",
                        "The email address is not valid")
                .throwIfInvalid();
    }
}
