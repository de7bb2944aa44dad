package th.otop.catalog.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;

/**
 * The migration that keeps producers' places by code: existing district and subdistrict names become codes, the
 * postcode of a subdistrict with one is filled in, and a name that matches no area stays in the address line.
 */
@MicronautTest(transactional = false)
class ProducerPlaceMigrationIntegrationTest implements RealServices {
    @Inject
    @Property(name = "datasources.default.url")
    String url;

    @Inject
    @Property(name = "datasources.default.username")
    String user;

    @Inject
    @Property(name = "datasources.default.password")
    String password;

    @Test
    void namesBecomeCodesAndNothingTypedIsLost() throws SQLException {
        // a database of its own, migrated to the catalog's last version before the change (V48), holding producers
        // as they were kept
        String path = url.substring(0, url.indexOf('?'));
        String before = path + "_before" + url.substring(url.indexOf('?'));
        Flyway flyway = Flyway.configure()
                .dataSource(before, user, password)
                .locations("classpath:db/migration")
                .target("48")
                .load();
        flyway.migrate();
        try (Connection db = DriverManager.getConnection(before, user, password);
                Statement sql = db.createStatement()) {
            sql.executeUpdate(
                    "INSERT INTO producer (public_id, kind, name_th, province_id, district, subdistrict, village)"
                            + " VALUES ('pmigrated001', 'COMMUNITY_ENTERPRISE', 'กลุ่มสลักได', 32, 'เมืองสุรินทร์', 'สลักได',"
                            + " 'บ้านโคกกระเพอ'), ('pmigrated002', 'COMMUNITY_ENTERPRISE', 'กลุ่มชื่อเก่า', 32, 'เมืองสุรินทร์',"
                            + " 'ตำบลที่ไม่มีแล้ว', 'หมู่ 3'), ('pmigrated003', 'COMMUNITY_ENTERPRISE', 'กลุ่มไม่ระบุ', 50, NULL,"
                            + " NULL, NULL)");

            Flyway.configure()
                    .dataSource(before, user, password)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT district_id, subdistrict_id, postcode, village FROM producer "
                    + "WHERE public_id LIKE 'pmigrated%' ORDER BY public_id")) {
                while (rs.next()) {
                    rows.add(java.util.Arrays.asList(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            assertEquals(List.of("3201", "320106", "32000", "บ้านโคกกระเพอ"), rows.get(0), "names became codes");
            assertEquals(
                    java.util.Arrays.asList("3201", null, null, "หมู่ 3 ตำบลที่ไม่มีแล้ว"),
                    rows.get(1),
                    "an unknown subdistrict stays in the address line");
            assertNull(rows.get(2).get(0), "no place, no code");
            try (ResultSet rs =
                    sql.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                            + "AND table_name = 'producer' AND column_name IN ('district', 'subdistrict')")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the names are no longer kept twice");
            }
            sql.executeUpdate("DROP DATABASE " + path.substring(path.lastIndexOf('/') + 1) + "_before");
        }
    }
}
