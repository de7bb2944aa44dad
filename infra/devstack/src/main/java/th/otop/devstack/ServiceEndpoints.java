package th.otop.devstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How to reach a MySQL-compatible database and an Elasticsearch. */
public record ServiceEndpoints(
        String jdbcUrl, String username, String password, String elasticsearchUrls, String elasticsearchApiKey) {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)(/[^?]*)?(\\?.*)?$");

    /** The same server with another database (schema) name, created on first connection. */
    public String jdbcUrlFor(String database) {
        Matcher m = DATABASE_IN_URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a JDBC URL: " + jdbcUrl);
        }
        String query = m.group(3) == null ? "?" : m.group(3) + "&";
        if (!query.contains("createDatabaseIfNotExist")) {
            query += "createDatabaseIfNotExist=true";
        } else if (query.endsWith("&")) {
            query = query.substring(0, query.length() - 1);
        }
        return m.group(1) + "/" + database + query;
    }
}
