package th.otop.catalog.geography;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Read access to the reference geography. */
@Singleton
public class Geography {
    private final Provinces provinces;
    private final JdbcOperations jdbc;
    /** By Thai name, read once: only a migration changes the provinces, and every page asks for them. */
    private volatile List<Province> all;

    Geography(Provinces provinces, JdbcOperations jdbc) {
        this.provinces = provinces;
        this.jdbc = jdbc;
    }

    public List<Province> provinces() {
        List<Province> loaded = all;
        if (loaded == null) {
            loaded = provinces.findAllOrderByNameTh().stream()
                    .map(ProvinceRow::toProvince)
                    .toList();
            all = loaded;
        }
        return loaded;
    }

    public List<Province> provinces(Region region) {
        return provinces().stream().filter(p -> p.region() == region).toList();
    }

    public Optional<Province> province(int id) {
        return provinces().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The province's districts (amphoe), for the province > district > subdistrict pickers. */
    @Transactional
    public List<District> districts(int provinceId) {
        return jdbc.prepareStatement(
                "SELECT id, province_id, name_th FROM district WHERE province_id = ? ORDER BY name_th", ps -> {
                    ps.setInt(1, provinceId);
                    List<District> districts = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            districts.add(new District(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                        }
                    }
                    return districts;
                });
    }

    @Transactional
    public List<Subdistrict> subdistricts(int districtId) {
        return jdbc.prepareStatement(
                "SELECT s.id, s.district_id, s.name_th, GROUP_CONCAT(p.postcode ORDER BY p.postcode) FROM subdistrict s "
                        + "LEFT JOIN subdistrict_postcode p ON p.subdistrict_id = s.id WHERE s.district_id = ? "
                        + "GROUP BY s.id, s.district_id, s.name_th ORDER BY s.name_th",
                ps -> {
                    ps.setInt(1, districtId);
                    List<Subdistrict> subdistricts = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String codes = rs.getString(4);
                            subdistricts.add(new Subdistrict(
                                    rs.getInt(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    codes == null ? List.of() : Arrays.asList(codes.split(","))));
                        }
                    }
                    return subdistricts;
                });
    }

    /** Whether the postcode serves some subdistrict of the province: catches a mistyped address. */
    @Transactional
    public boolean isPostcodeOf(String postcode, int provinceId) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM subdistrict_postcode p JOIN subdistrict s ON s.id = p.subdistrict_id "
                        + "JOIN district d ON d.id = s.district_id WHERE p.postcode = ? AND d.province_id = ? LIMIT 1",
                ps -> {
                    ps.setString(1, postcode);
                    ps.setInt(2, provinceId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
    }
}
