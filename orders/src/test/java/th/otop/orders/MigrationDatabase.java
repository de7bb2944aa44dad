package th.otop.orders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import th.otop.devstack.TestServices;

/** A database of its own for an upgrade test: migrate to a version, write old rows, migrate the rest, read. */
public final class MigrationDatabase {
    private final Map<String, String> db;

    public MigrationDatabase(Class<?> test) {
        this.db = TestServices.isolatedProperties(test);
    }

    /** Migrates up to and including {@code version}, or all the way when it is null. */
    public void migrateTo(String version) {
        var config = Flyway.configure()
                .dataSource(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"))
                .locations("classpath:db/migration");
        (version == null ? config : config.target(version)).load().migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    /** The first column of every row, as text. */
    public List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
