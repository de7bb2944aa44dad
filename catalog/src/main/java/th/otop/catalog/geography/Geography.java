package th.otop.catalog.geography;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Read access to the reference geography. */
@Singleton
public class Geography {
    private final Provinces provinces;

    Geography(Provinces provinces) {
        this.provinces = provinces;
    }

    public List<Province> provinces() {
        return provinces.findAllOrderByNameTh().stream()
                .map(ProvinceRow::toProvince)
                .toList();
    }

    public List<Province> provinces(Region region) {
        return provinces.findByRegionOrderByNameTh(region).stream()
                .map(ProvinceRow::toProvince)
                .toList();
    }

    public Optional<Province> province(int id) {
        return provinces.findById(id).map(ProvinceRow::toProvince);
    }
}
