package th.otop.catalog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An INSERT that returns the new row's AUTO_INCREMENT id; JdbcOperations has no shortcut for it. */
public final class GeneratedKeys {
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private GeneratedKeys() {}

    public static long insert(JdbcOperations jdbc, String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(ps);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
