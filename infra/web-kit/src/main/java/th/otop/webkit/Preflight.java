package th.otop.webkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks the database and Elasticsearch settings before the application starts, so that a wrong
 * password or an unreachable URL ends start-up with one line naming the setting to fix, instead of a
 * page of stack traces from deep inside the connection pool.
 */
public final class Preflight {
    private Preflight() {}

    /** Exits the JVM with status 1 and one line on stderr when a service cannot be used. */
    public static void check(String[] args) {
        try (ApplicationContext context =
                ApplicationContext.builder().args(args).build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            Optional<String> problem = databaseProblem(environment).or(() -> elasticsearchProblem(environment));
            problem.ifPresent(line -> {
                System.err.println("Start-up stopped: " + line);
                System.exit(1);
            });
        }
    }

    static Optional<String> databaseProblem(Environment environment) {
        String url =
                environment.getProperty("datasources.default.url", String.class).orElse("");
        String user = environment
                .getProperty("datasources.default.username", String.class)
                .orElse("");
        String password = environment
                .getProperty("datasources.default.password", String.class)
                .orElse("");
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(describe(e, url, user));
        }
    }

    static String describe(SQLException e, String url, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            return "the database refused user '" + user
                    + "' (wrong user or password): check OTOP_DB_USER and OTOP_DB_PASSWORD";
        }
        if (state.startsWith("08")) {
            return "cannot reach the database at " + withoutQuery(url) + ": check OTOP_DB_URL";
        }
        return "the database at " + withoutQuery(url) + " answered '" + e.getMessage()
                + "': check OTOP_DB_URL, OTOP_DB_USER and OTOP_DB_PASSWORD";
    }

    static Optional<String> elasticsearchProblem(Environment environment) {
        String hosts =
                environment.getProperty("elasticsearch.httpHosts", String.class).orElse("");
        String apiKey = environment
                .getProperty("otop.elasticsearch.api-key", String.class)
                .orElse("");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String host : hosts.split(",")) {
            String url = host.trim().replaceAll("/+$", "");
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                        .timeout(Duration.ofSeconds(10));
                if (!apiKey.isBlank()) {
                    request.header("Authorization", "ApiKey " + apiKey);
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 401 || status == 403) {
                    return Optional.of("Elasticsearch at " + url + " refused the credentials (HTTP " + status
                            + "): check OTOP_ES_API_KEY");
                }
                if (status != 200) {
                    return Optional.of("Elasticsearch at " + url + " answered HTTP " + status + ": check OTOP_ES_URLS");
                }
            } catch (IOException | IllegalArgumentException e) {
                return Optional.of("cannot reach Elasticsearch at " + url + ": check OTOP_ES_URLS");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while checking Elasticsearch at " + url);
            }
        }
        return Optional.empty();
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
