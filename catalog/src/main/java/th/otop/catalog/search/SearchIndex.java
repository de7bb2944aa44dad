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
import java.util.HashSet;
import java.util.List;
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
     * Writes documents with the product's database version as an external version: a late or
     * repeated update never overwrites a newer one. Returns the ids of the products now indexed at
     * their version or newer; the others failed and stay in the outbox.
     */
    Set<Long> write(String target, List<ProductDocuments.Versioned> documents) throws IOException {
        Set<Long> done = new HashSet<>();
        if (documents.isEmpty()) {
            return done;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (ProductDocuments.Versioned doc : documents) {
            bulk.operations(op -> op.index(i -> i.index(target)
                    .id(Long.toString(doc.productId()))
                    .version(doc.version())
                    .versionType(VersionType.ExternalGte)
                    .document(doc.document())));
        }
        BulkResponse response = client.bulk(bulk.build());
        for (BulkResponseItem item : response.items()) {
            // 409: the index already holds a newer version, which is just as good
            if (item.error() == null || item.status() == 409) {
                done.add(Long.parseLong(item.id()));
            }
        }
        return done;
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
