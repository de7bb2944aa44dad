package th.otop.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds the real database and Elasticsearch for tests, in this order: environment variables
 * ({@code OTOP_DB_URL}, {@code OTOP_DB_USER}, {@code OTOP_DB_PASSWORD}, {@code OTOP_ES_URLS},
 * {@code OTOP_ES_API_KEY}); Testcontainers when a Docker engine is present; else the embedded dev stack,
 * shared by every test JVM of the build through {@link ServiceKeeper}.
 */
public final class TestServices {
    private static final Duration KEEPER_START_TIMEOUT = Duration.ofMinutes(5);
    private static ServiceEndpoints endpoints;
    private static final Map<Class<?>, Map<String, String>> ISOLATED = new java.util.concurrent.ConcurrentHashMap<>();
    /** Held open for the JVM's life: the keeper counts it as a user of the services. */
    private static Socket keeperLease;

    private TestServices() {}

    public static synchronized ServiceEndpoints endpoints() {
        if (endpoints == null) {
            endpoints = fromEnvironment();
            if (endpoints == null) {
                endpoints = DockerServices.available() ? DockerServices.start() : fromKeeper();
            }
        }
        return endpoints;
    }

    /**
     * Micronaut properties that give one test class its own empty database and its own index prefix,
     * so test classes never see each other's rows or documents.
     */
    public static Map<String, String> isolatedProperties(Class<?> testClass) {
        return ISOLATED.computeIfAbsent(testClass, TestServices::newIsolation);
    }

    /** Deletes the test class's indices, so a long build does not pile hundreds of them onto one node. */
    public static void dropIndices(Class<?> testClass) {
        Map<String, String> properties = ISOLATED.get(testClass);
        if (properties == null) {
            return;
        }
        String es = endpoints().elasticsearchUrls().split(",")[0].trim();
        try {
            java.net.http.HttpRequest.Builder delete = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(es + "/" + properties.get("otop.search.index-prefix") + "*"))
                    .DELETE();
            if (!endpoints().elasticsearchApiKey().isBlank()) {
                delete.header("Authorization", "ApiKey " + endpoints().elasticsearchApiKey());
            }
            java.net.http.HttpClient.newHttpClient()
                    .send(delete.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // a cluster that refuses wildcard deletes keeps the indices; the tests are unaffected
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> newIsolation(Class<?> testClass) {
        ServiceEndpoints services = endpoints();
        String name = ("t_" + testClass.getSimpleName().replaceAll("[^A-Za-z0-9]", "")).toLowerCase(Locale.ROOT);
        name = name.substring(0, Math.min(name.length(), 40)) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        return Map.of(
                "datasources.default.url", services.jdbcUrlFor(name),
                "datasources.default.username", services.username(),
                "datasources.default.password", services.password(),
                "elasticsearch.httpHosts", services.elasticsearchUrls(),
                "otop.elasticsearch.api-key", services.elasticsearchApiKey(),
                "otop.search.index-prefix", name + "_",
                // tests search and look right after a change: never answer from the storefront's caches
                "otop.search.results-cache-ttl", "0s",
                "otop.page-cache.product-pages", "0s",
                "otop.page-cache.listing-pages", "0s");
    }

    private static ServiceEndpoints fromEnvironment() {
        String url = System.getenv("OTOP_DB_URL");
        String es = System.getenv("OTOP_ES_URLS");
        if (url == null || url.isBlank() || es == null || es.isBlank()) {
            return null;
        }
        return new ServiceEndpoints(
                url, env("OTOP_DB_USER", "root"), env("OTOP_DB_PASSWORD", ""), es, env("OTOP_ES_API_KEY", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static ServiceEndpoints fromKeeper() {
        TestServicePorts ports = TestServicePorts.fromEnvironment();
        Instant deadline = Instant.now().plus(KEEPER_START_TIMEOUT);
        Path lockFile = DevStackFiles.home().resolve("keeper-" + ports.control() + ".lock");
        Path log = DevStackFiles.home().resolve("keeper-" + ports.control() + ".log");
        try (RandomAccessFile lock = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock ignored = lock.getChannel().lock()) {
            // only one test JVM at a time may decide to start the keeper
            Process keeper = null;
            while (true) {
                if (!Ports.isOpen(ports.control()) && (keeper == null || !keeper.isAlive())) {
                    keeper = startKeeper(log);
                }
                try {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), ports.control());
                    String line;
                    try {
                        line = readLine(socket.getInputStream());
                    } catch (IOException refused) {
                        socket.close();
                        throw refused;
                    }
                    keeperLease = socket;
                    String db = line.replaceAll(".*db=(\\d+).*", "$1");
                    String es = line.replaceAll(".*es=(\\S+).*", "$1");
                    return new ServiceEndpoints(
                            "jdbc:mysql://127.0.0.1:" + db + "/otop?connectionTimeZone=UTC"
                                    + "&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true",
                            "root",
                            "",
                            es,
                            "");
                } catch (IOException notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("The test services did not start within "
                                + KEEPER_START_TIMEOUT.toMinutes() + " min; see " + log);
                    }
                    Thread.sleep(500);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the test services: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the test services", e);
        }
    }

    private static Process startKeeper(Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // its own session: a Ctrl-C on the build does not cut the services out from under other JVMs
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dlogback.configurationFile=devstack-logback.xml",
                "-cp",
                classpath,
                ServiceKeeper.class.getName()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            line.append((char) c);
        }
        if (line.isEmpty()) {
            throw new IOException("keeper closed the connection");
        }
        return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
