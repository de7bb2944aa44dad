package th.otop.catalog.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

@Singleton
public class AuditLog {
    private final JdbcOperations jdbc;

    AuditLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the action's transaction: the entry exists exactly when the action happened. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(long actorAccount, String action, String subject, String detail) {
        jdbc.prepareStatement("INSERT INTO audit_log (actor_account, action, subject, detail) VALUES (?,?,?,?)", ps -> {
            ps.setLong(1, actorAccount);
            ps.setString(2, action);
            ps.setString(3, subject);
            ps.setString(4, detail);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public List<AuditEntry> recent(int limit) {
        return jdbc.prepareStatement(
                "SELECT actor_account, action, subject, detail, created_at FROM audit_log ORDER BY id DESC LIMIT ?",
                ps -> {
                    ps.setInt(1, Math.min(Math.max(limit, 1), 1000));
                    List<AuditEntry> entries = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new AuditEntry(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant()));
                        }
                    }
                    return entries;
                });
    }
}
