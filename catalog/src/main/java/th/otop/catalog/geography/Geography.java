package th.otop.catalog.geography;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.otop.catalog.validation.Checks;

/**
 * Read access to the reference geography. Every list comes in Thai dictionary order ({@link #THAI_ORDER}), which the
 * database's collations do not give: they sort by character, so "เกาะคา" (read with ก first) would come after "ขาม".
 */
@Singleton
public class Geography {
    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    /** Thai dictionary order: a leading vowel (เ แ โ ใ ไ) sorts after the consonant it is written before. */
    public static final Comparator<String> THAI_ORDER = collation(THAI);

    private final Provinces provinces;
    private final JdbcOperations jdbc;
    /**
     * Every page asks for the provinces and they seldom change (a migration, an officer's import), so they are read
     * at most once a minute: an import in one app instance shows in every instance within that minute.
     */
    private static final long REREAD_NANOS = Duration.ofMinutes(1).toNanos();

    private volatile Loaded all;

    private record Loaded(List<Province> provinces, long readAt) {}

    Geography(Provinces provinces, JdbcOperations jdbc) {
        this.provinces = provinces;
        this.jdbc = jdbc;
    }

    public List<Province> provinces() {
        Loaded loaded = all;
        if (loaded == null || System.nanoTime() - loaded.readAt() > REREAD_NANOS) {
            loaded = new Loaded(
                    provinces.findAll().stream()
                            .map(ProvinceRow::toProvince)
                            .sorted(Comparator.comparing(Province::nameTh, THAI_ORDER))
                            .toList(),
                    System.nanoTime());
            all = loaded;
        }
        return loaded.provinces();
    }

    /**
     * Provinces in the order a reader of the language expects, as pickers show them: Thai dictionary order of the Thai
     * names in Thai, the English names in that language's alphabetical order otherwise.
     */
    public static List<Province> inReadingOrder(List<Province> provinces, Locale locale) {
        boolean thai = locale == null || "th".equals(locale.getLanguage());
        Comparator<String> order = thai ? THAI_ORDER : collation(locale);
        return provinces.stream()
                .sorted(Comparator.comparing((Province p) -> thai ? p.nameTh() : p.name(locale), order))
                .toList();
    }

    private static Comparator<String> collation(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        // Collator.compare is synchronized on the instance, so one instance serves every request
        return collator::compare;
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
        return jdbc.prepareStatement("SELECT id, province_id, name_th FROM district WHERE province_id = ?", ps -> {
            ps.setInt(1, provinceId);
            List<District> districts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    districts.add(new District(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                }
            }
            districts.sort(Comparator.comparing(District::nameTh, THAI_ORDER));
            return districts;
        });
    }

    @Transactional
    public List<Subdistrict> subdistricts(int districtId) {
        return jdbc.prepareStatement(
                "SELECT s.id, s.district_id, s.name_th, GROUP_CONCAT(p.postcode ORDER BY p.postcode) FROM subdistrict s "
                        + "LEFT JOIN subdistrict_postcode p ON p.subdistrict_id = s.id WHERE s.district_id = ? "
                        + "GROUP BY s.id, s.district_id, s.name_th",
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
                    subdistricts.sort(Comparator.comparing(Subdistrict::nameTh, THAI_ORDER));
                    return subdistricts;
                });
    }

    /** The province's district of that name (names are unique within a province). */
    public Optional<District> district(int provinceId, String name) {
        return districts(provinceId).stream()
                .filter(d -> d.nameTh().equals(name))
                .findFirst();
    }

    /** The district's subdistrict of that name, with its postcodes. */
    public Optional<Subdistrict> subdistrict(int districtId, String name) {
        return subdistricts(districtId).stream()
                .filter(s -> s.nameTh().equals(name))
                .findFirst();
    }

    /**
     * Adds the broken rules of a picked place: the province exists, the district is one of the province's, the
     * subdistrict one of the district's and the postcode one that serves the subdistrict. A level is only checked
     * against the one above when that one is right, so one mistake gives one message.
     */
    public Checks check(Place place, Checks checks) {
        if (province(place.provinceId()).isEmpty()) {
            return checks.require(false, "provinceId", "กรุณาเลือกจังหวัด", "Choose a province")
                    .require(
                            place.postcode() == null || place.postcode().strip().matches("[1-9]\\d{4}"),
                            "postcode",
                            "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก",
                            "The postcode must be 5 digits");
        }
        String districtName = blankToNull(place.district());
        Optional<District> district =
                districtName == null ? Optional.empty() : district(place.provinceId(), districtName);
        checks.require(districtName != null, "district", "กรุณาเลือกอำเภอ/เขต", "Choose a district")
                .require(
                        districtName == null || district.isPresent(),
                        "district",
                        "อำเภอ/เขตนี้ไม่อยู่ในจังหวัดที่เลือก",
                        "This district is not in the chosen province");
        String subdistrictName = blankToNull(place.subdistrict());
        Optional<Subdistrict> subdistrict = district.isEmpty() || subdistrictName == null
                ? Optional.empty()
                : subdistrict(district.get().id(), subdistrictName);
        checks.require(subdistrictName != null, "subdistrict", "กรุณาเลือกตำบล/แขวง", "Choose a subdistrict")
                .require(
                        subdistrictName == null || district.isEmpty() || subdistrict.isPresent(),
                        "subdistrict",
                        "ตำบล/แขวงนี้ไม่อยู่ในอำเภอ/เขตที่เลือก",
                        "This subdistrict is not in the chosen district");
        if (place.postcode() == null) {
            return checks;
        }
        String postcode = blankToNull(place.postcode());
        if (postcode == null || !postcode.matches("[1-9]\\d{4}")) {
            return checks.require(
                    false, "postcode", "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก", "The postcode must be 5 digits");
        }
        if (!isPostcodeOf(postcode, place.provinceId())) {
            return checks.require(
                    false,
                    "postcode",
                    "รหัสไปรษณีย์นี้ไม่อยู่ในจังหวัดที่เลือก กรุณาตรวจสอบอีกครั้ง",
                    "This postcode is not in the chosen province: please check it");
        }
        return checks.require(
                subdistrict.isEmpty() || subdistrict.get().postcodes().contains(postcode),
                "postcode",
                "รหัสไปรษณีย์นี้ไม่ใช่ของตำบล/แขวงที่เลือก",
                "This postcode does not serve the chosen subdistrict");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
