package th.otop.catalog.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.validation.Checks;

/** What an outlet states when it signs up; an officer checks it before the outlet may order. */
@Serdeable
public record OutletApplication(
        String nameTh,
        @Nullable String nameEn,
        int provinceId,
        String address,
        String operatorOrganisation,
        @Nullable Long fundId) {

    Checks check() {
        return new Checks()
                .notBlank(nameTh, "nameTh", "ชื่อร้าน", "The outlet name")
                .maxLength(nameTh, 200, "nameTh", "ชื่อร้าน", "The outlet name")
                .maxLength(nameEn, 200, "nameEn", "ชื่อร้านภาษาอังกฤษ", "The English name")
                .notBlank(address, "address", "ที่อยู่ร้าน", "The address")
                .maxLength(address, 500, "address", "ที่อยู่ร้าน", "The address")
                .notBlank(operatorOrganisation, "operatorOrganisation", "หน่วยงานผู้ดำเนินการ", "The operator")
                .maxLength(operatorOrganisation, 200, "operatorOrganisation", "หน่วยงานผู้ดำเนินการ", "The operator");
    }
}
