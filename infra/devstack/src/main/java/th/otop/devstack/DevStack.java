package th.otop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MariaDB and an Elasticsearch started together and stopped together. */
public final class DevStack implements AutoCloseable {
    private final EmbeddedMariaDb database;
    private final EmbeddedElasticsearch elasticsearch;

    private DevStack(EmbeddedMariaDb database, EmbeddedElasticsearch elasticsearch) {
        this.database = database;
        this.elasticsearch = elasticsearch;
    }

    /**
     * Starts (or reuses) both services, with their data under {@code dataDir}. Elasticsearch starts in
     * the background while MariaDB boots, since each takes several seconds.
     */
    public static DevStack start(int databasePort, int elasticsearchPort, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var elasticsearch = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> EmbeddedElasticsearch.startOrReuse(elasticsearchPort, dataDir.resolve("elasticsearch")));
        EmbeddedMariaDb database = EmbeddedMariaDb.startOrReuse(
                databasePort, DevStackFiles.home().resolve("mariadb-" + databasePort), databaseFolder(dataDir));
        try {
            return new DevStack(database, elasticsearch.join());
        } catch (RuntimeException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Where MariaDB keeps its files inside a data folder. */
    static Path databaseFolder(Path dataDir) {
        return dataDir.resolve("mariadb");
    }

    public EmbeddedMariaDb database() {
        return database;
    }

    public EmbeddedElasticsearch elasticsearch() {
        return elasticsearch;
    }

    @Override
    public void close() {
        elasticsearch.close();
        database.close();
    }
}
