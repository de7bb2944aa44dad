package th.otop.catalog.geography;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("province")
record ProvinceRow(@Id int id, String nameTh, String nameEn, Region region) {
    Province toProvince() {
        return new Province(id, nameTh, nameEn, region);
    }
}
