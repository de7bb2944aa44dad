package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The services the tests get are real: a MySQL-compatible database and an Elasticsearch with Thai analysis. */
class TestServicesIntegrationTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void databaseStoresAndReturnsThaiText() throws Exception {
        Map<String, String> props = TestServices.isolatedProperties(getClass());
        try (Connection connection = DriverManager.getConnection(
                        props.get("datasources.default.url"),
                        props.get("datasources.default.username"),
                        props.get("datasources.default.password"));
                Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(200)) DEFAULT CHARSET=utf8mb4");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note VALUES (1, ?)")) {
                insert.setString(1, "น้ำพริกเผาแม่ประนอม 🌶");
                insert.executeUpdate();
            }
            try (ResultSet rows = ddl.executeQuery("SELECT body FROM note WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals("น้ำพริกเผาแม่ประนอม 🌶", rows.getString(1));
            }
        }
    }

    @Test
    void elasticsearchSegmentsThaiAndFindsACompoundByItsPrefix() throws Exception {
        String es = TestServices.endpoints().elasticsearchUrls().split(",")[0];
        String index = TestServices.isolatedProperties(getClass()).get("otop.search.index-prefix") + "smoke";
        send(
                "PUT",
                es + "/" + index,
                """
                {"settings":{"number_of_shards":1,"number_of_replicas":0,"analysis":{
                  "filter":{"prefixes":{"type":"otop_edge_ngram","min_gram":2,"max_gram":15}},
                  "analyzer":{
                    "thai_index":{"type":"custom","tokenizer":"otop_thai","filter":["lowercase","prefixes"]},
                    "thai_search":{"type":"custom","tokenizer":"otop_thai","filter":["lowercase"]}}}},
                 "mappings":{"properties":{"title":{"type":"text","analyzer":"thai_index","search_analyzer":"thai_search"}}}}
                """);
        send("PUT", es + "/" + index + "/_doc/1?refresh=true", "{\"title\":\"น้ำพริกเผาแม่ประนอม\"}");
        send("PUT", es + "/" + index + "/_doc/2?refresh=true", "{\"title\":\"ผ้าไหมทอมือจากสุรินทร์\"}");

        String hits = send("POST", es + "/" + index + "/_search", "{\"query\":{\"match\":{\"title\":\"น้ำพริก\"}}}");
        assertTrue(hits.contains("\"total\":{\"value\":1"), hits);
        assertTrue(hits.contains("น้ำพริกเผาแม่ประนอม"), hits);

        String silk = send("POST", es + "/" + index + "/_search", "{\"query\":{\"match\":{\"title\":\"ผ้าไหม\"}}}");
        assertTrue(silk.contains("ผ้าไหมทอมือจากสุรินทร์"), silk);
        send("DELETE", es + "/" + index, null);
    }

    private String send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(
                response.statusCode() < 300,
                method + " " + url + " -> " + response.statusCode() + " " + response.body());
        return response.body();
    }
}
