package th.otop.webkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.otop.devstack.TestServices;

/** A wrong setting stops start-up with one line that names the setting to fix. */
class PreflightIntegrationTest {
    private final Map<String, String> services = TestServices.isolatedProperties(getClass());

    @Test
    void workingSettingsPass() {
        try (ApplicationContext context = contextWith(Map.of())) {
            assertEquals(Optional.empty(), Preflight.databaseProblem(context.getEnvironment()));
            assertEquals(Optional.empty(), Preflight.elasticsearchProblem(context.getEnvironment()));
        }
    }

    /**
     * The embedded MariaDB runs without grant tables, so the server's own refusal (SQLState 28000,
     * error 1045, as MySQL and MariaDB send it) is reproduced here.
     */
    @Test
    void refusedLoginNamesTheCredentialSettingsAndNeverThePassword() {
        String problem = Preflight.describe(
                new SQLException("Access denied for user 'otop'@'10.0.0.5' (using password: YES)", "28000", 1045),
                "jdbc:mysql://db.example:3306/otop?password=secret",
                "otop");
        assertTrue(problem.contains("OTOP_DB_USER and OTOP_DB_PASSWORD"), problem);
        assertTrue(!problem.contains("secret"), problem);
    }

    @Test
    void unreachableDatabaseNamesTheUrlSetting() {
        try (ApplicationContext context =
                contextWith(Map.of("datasources.default.url", "jdbc:mysql://127.0.0.1:1/otop?connectTimeout=2000"))) {
            String problem = Preflight.databaseProblem(context.getEnvironment()).orElseThrow();
            assertTrue(problem.contains("OTOP_DB_URL"), problem);
            assertTrue(problem.contains("127.0.0.1:1/otop"), problem);
        }
    }

    @Test
    void unreachableElasticsearchNamesItsSetting() {
        try (ApplicationContext context = contextWith(Map.of("elasticsearch.httpHosts", "http://127.0.0.1:1"))) {
            String problem =
                    Preflight.elasticsearchProblem(context.getEnvironment()).orElseThrow();
            assertTrue(problem.contains("OTOP_ES_URLS"), problem);
            assertTrue(problem.contains("http://127.0.0.1:1"), problem);
        }
    }

    private ApplicationContext contextWith(Map<String, String> overrides) {
        Map<String, Object> properties = new HashMap<>(services);
        properties.putAll(overrides);
        ApplicationContext context =
                ApplicationContext.builder().properties(properties).build();
        Environment environment = context.getEnvironment();
        environment.start();
        return context;
    }
}
