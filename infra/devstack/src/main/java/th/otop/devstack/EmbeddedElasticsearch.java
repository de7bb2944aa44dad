package th.otop.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch from Maven Central's distribution zip, with the Thai analysis plugin installed, run as
 * a child process; or the instance already listening on the port.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private Process process;

    private EmbeddedElasticsearch(int port) {
        this.port = port;
    }

    public static EmbeddedElasticsearch startOrReuse(int port, Path dataDir) {
        EmbeddedElasticsearch es = new EmbeddedElasticsearch(port);
        if (Ports.isOpen(port)) {
            LOG.info("Reusing the Elasticsearch already listening on port {}", port);
        } else {
            es.start(dataDir);
        }
        Ports.await("Elasticsearch on port " + port, READY_TIMEOUT, es::isHealthy);
        return es;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void start(Path dataDir) {
        try {
            Path home = installation();
            Path logs = Files.createDirectories(dataDir.resolve("logs"));
            Path data = Files.createDirectories(dataDir.resolve("data"));
            List<String> command = new ArrayList<>(RunAs.unprivilegedPrefix(home, dataDir));
            command.addAll(List.of(
                    home.resolve("bin/elasticsearch").toString(),
                    "-Ediscovery.type=single-node",
                    "-Expack.security.enabled=false",
                    "-Enetwork.host=127.0.0.1",
                    "-Ehttp.port=" + port,
                    "-Epath.data=" + data,
                    "-Epath.logs=" + logs,
                    // a nearly full developer disk must not turn indices read-only
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                    "-Eaction.destructive_requires_name=false"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("console.log").toFile());
            builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            LOG.info("Starting Elasticsearch on port {} (logs in {})", port, logs);
            process = builder.start();
            // registered at once, so even an interrupted start-up leaves no Elasticsearch behind
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-elasticsearch"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Elasticsearch", e);
        }
    }

    private boolean isHealthy() {
        if (process != null && !process.isAlive()) {
            throw new IllegalStateException(
                    "Elasticsearch exited with code " + process.exitValue() + " during start-up; see its console.log");
        }
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url() + "/_cluster/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Unpacks the distribution and installs the plugin once per plugin build; later starts reuse it. */
    private static Path installation() throws IOException {
        Path zip = DevStackFiles.elasticsearchZip();
        Path plugin = DevStackFiles.thaiPluginZip();
        String key = DevStackFiles.elasticsearchVersion() + "-" + sha256(plugin).substring(0, 12);
        Path root = DevStackFiles.home().resolve("elasticsearch-" + key);
        Path home = root.resolve("elasticsearch-" + DevStackFiles.elasticsearchVersion());
        if (Files.exists(root.resolve(".installed"))) {
            return home;
        }
        LOG.info("Unpacking Elasticsearch into {}", root);
        deleteRecursively(root);
        unzip(zip, root);
        try (var scripts = Files.list(home.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
        ProcessBuilder install = new ProcessBuilder(
                        home.resolve("bin/elasticsearch-plugin").toString(),
                        "install",
                        "--batch",
                        plugin.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("plugin-install.log").toFile());
        install.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        try {
            int exit = install.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Installing the Thai analysis plugin failed (exit " + exit + "); see "
                        + root.resolve("plugin-install.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing the Thai analysis plugin", e);
        }
        Files.createFile(root.resolve(".installed"));
        return home;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        LOG.info("Elasticsearch on port {} stopped", port);
        process = null;
    }
}
