package th.otop.catalog.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The products index behind its alias: creating it, and writing documents under their versions. */
@Singleton
class SearchIndex {
    private final ElasticsearchClient client;
    private final SearchSettings settings;

    SearchIndex(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Creates the first index and its alias when the marketplace starts on an empty cluster. */
    @EventListener
    void onStartup(StartupEvent event) {
        try {
            ensureExists();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the search index " + settings.alias(), e);
        }
    }

    synchronized void ensureExists() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(settings.alias())).value()) {
            String index = createIndex();
            client.indices().putAlias(a -> a.index(index).name(settings.alias()));
        } else {
            // an index created before a field was added learns it (adding is allowed, changing is not); documents
            // indexed earlier get its value at the next reindex
            String mappings = Json.createReader(new StringReader(mapping()))
                    .readObject()
                    .getJsonObject("mappings")
                    .toString();
            client.indices().putMapping(m -> m.index(settings.alias()).withJson(new StringReader(mappings)));
        }
    }

    /** A new, empty index with the Thai analysis settings; not yet behind the alias. */
    String createIndex() throws IOException {
        String name = settings.alias() + "_" + System.currentTimeMillis();
        String mapping = mapping();
        client.indices().create(c -> c.index(name).withJson(new StringReader(mapping)));
        return name;
    }

    /**
     * What became of each document of a bulk request: indexed (at its version or newer), to be tried again (429, 5xx,
     * or no answer for it), or refused for good with Elasticsearch's reason (any other 4xx: the document itself is
     * wrong, and sending it again changes nothing).
     */
    record BulkOutcome(Set<Long> indexed, Set<Long> retry, Map<Long, String> refused) {}

    /**
     * Writes documents with the product's database version as an external version: a late or
     * repeated update never overwrites a newer one. A bulk that Elasticsearch answers at all is judged item by item.
     */
    BulkOutcome write(String target, List<ProductDocuments.Versioned> documents) throws IOException {
        Set<Long> done = new HashSet<>();
        Set<Long> retry = new HashSet<>();
        Map<Long, String> refused = new HashMap<>();
        if (documents.isEmpty()) {
            return new BulkOutcome(done, retry, refused);
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder()
                .timeout(t -> t.time(settings.getBulkTimeout().toMillis() + "ms"));
        for (ProductDocuments.Versioned doc : documents) {
            bulk.operations(op -> op.index(i -> i.index(target)
                    .id(Long.toString(doc.productId()))
                    .version(doc.version())
                    .versionType(VersionType.ExternalGte)
                    .document(doc.document())));
        }
        BulkResponse response = client.bulk(bulk.build());
        for (BulkResponseItem item : response.items()) {
            long id = Long.parseLong(item.id());
            // 409: the index already holds a newer version, which is just as good
            if (item.error() == null || item.status() == 409) {
                done.add(id);
            } else if (item.status() == 429 || item.status() >= 500) {
                retry.add(id);
            } else {
                String reason = item.status() + " " + item.error().type() + ": "
                        + item.error().reason();
                refused.put(id, reason.length() > 500 ? reason.substring(0, 500) : reason);
            }
        }
        documents.forEach(doc -> {
            if (!done.contains(doc.productId()) && !refused.containsKey(doc.productId())) {
                retry.add(doc.productId());
            }
        });
        return new BulkOutcome(done, retry, refused);
    }

    String alias() {
        return settings.alias();
    }

    private static String mapping() {
        try (InputStream in = SearchIndex.class.getResourceAsStream("/search/products-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
