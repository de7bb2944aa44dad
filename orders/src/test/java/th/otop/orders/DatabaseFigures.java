package th.otop.orders;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import th.otop.catalog.transaction.TransactionRetry;

/**
 * What the database and the retry counter say about lock conflicts at one moment; two readings give the figures of the
 * run between them. The database's counters are the server's (all schemas), so they are an upper bound for one test.
 */
public record DatabaseFigures(long deadlocks, Map<String, Double> retries, String lastDeadlock) {

    public static DatabaseFigures read(ApplicationContext context) {
        Map<String, Double> retries = new TreeMap<>();
        context.findBean(MeterRegistry.class).ifPresent(meters -> meters.find(TransactionRetry.METRIC)
                .counters()
                .forEach((Counter c) -> retries.merge(
                        c.getId().getTag("operation") + "/" + c.getId().getTag("cause"), c.count(), Double::sum)));
        try (Connection db = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                        .getConnection();
                Statement sql = db.createStatement()) {
            // every deadlock goes to the server's error log too, not only the latest one to SHOW ENGINE INNODB STATUS
            sql.execute("SET GLOBAL innodb_print_all_deadlocks = ON");
            return new DatabaseFigures(status(sql, "Innodb_deadlocks"), retries, lastDeadlock(sql));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Retries per operation and cause counted since {@code before}. */
    public Map<String, Long> retriesSince(DatabaseFigures before) {
        Map<String, Long> since = new TreeMap<>();
        retries.forEach((key, count) -> {
            long n = Math.round(count - before.retries.getOrDefault(key, 0.0));
            if (n > 0) {
                since.put(key, n);
            }
        });
        return since;
    }

    public long retriesTotalSince(DatabaseFigures before) {
        return retriesSince(before).values().stream().mapToLong(Long::longValue).sum();
    }

    private static long status(Statement sql, String name) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
            return rs.next() ? rs.getLong(2) : 0;
        }
    }

    /**
     * The two statements of the latest deadlock the database detected ("-" when none), literals folded so that the same
     * pair of statements reads the same every time.
     */
    public String lastDeadlockStatements() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(SELECT|UPDATE|INSERT|DELETE)\\b.*$")
                .matcher(lastDeadlock);
        List<String> statements = new ArrayList<>();
        while (m.find()) {
            statements.add(m.group().replaceAll("\\([0-9,?\\s]+\\)", "(..)").replaceAll("\\b\\d+\\b", "N"));
        }
        return statements.isEmpty() ? "-" : String.join("  <->  ", statements);
    }

    private static String lastDeadlock(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SHOW ENGINE INNODB STATUS")) {
            String status = rs.next() ? rs.getString("Status") : "";
            int start = status.indexOf("LATEST DETECTED DEADLOCK");
            int end = status.indexOf("TRANSACTIONS\n----", Math.max(start, 0));
            return start < 0 ? "" : status.substring(start, end < 0 ? status.length() : end);
        }
    }
}
