package th.otop.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;

/**
 * A secured cluster is not available here, so a loopback HTTP server stands in for one and records
 * the Authorization header the client sends.
 */
@MicronautTest(transactional = false)
class ElasticsearchApiKeyIntegrationTest implements RealServices {
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final HttpServer securedCluster = securedCluster();

    @Inject
    ElasticsearchClient client;

    ElasticsearchApiKeyIntegrationTest() throws IOException {}

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.super.getProperties());
        properties.put(
                "elasticsearch.httpHosts",
                "http://127.0.0.1:" + securedCluster.getAddress().getPort());
        properties.put("otop.elasticsearch.api-key", "c2VjcmV0LWtleQ==");
        return properties;
    }

    @AfterAll
    void stop() {
        securedCluster.stop(0);
    }

    @Test
    void everyRequestCarriesTheApiKey() throws IOException {
        client.cluster().health();
        assertEquals("ApiKey c2VjcmV0LWtleQ==", authorizations.get(authorizations.size() - 1));
    }

    private HttpServer securedCluster() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            // start-up brings the existing index's mapping up to date; every other request is a health check
            byte[] body = exchange.getRequestURI().getPath().endsWith("/_mapping")
                    ? "{\"acknowledged\":true}".getBytes(StandardCharsets.UTF_8)
                    : "{\"cluster_name\":\"secured\",\"status\":\"green\",\"timed_out\":false,\"number_of_nodes\":1,\"number_of_data_nodes\":1,\"active_primary_shards\":0,\"active_shards\":0,\"relocating_shards\":0,\"initializing_shards\":0,\"unassigned_shards\":0,\"delayed_unassigned_shards\":0,\"number_of_pending_tasks\":0,\"number_of_in_flight_fetch\":0,\"task_max_waiting_in_queue_millis\":0,\"active_shards_percent_as_number\":100.0,\"unassigned_primary_shards\":0}"
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
