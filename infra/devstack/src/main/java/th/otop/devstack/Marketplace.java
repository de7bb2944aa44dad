package th.otop.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run: the dev stack plus both apps as child JVMs, with demo data kept in {@link RunData#folder()}.
 * Ctrl-C or SIGTERM stops everything it started. Expects to be started from the project folder after a package
 * build (see {@code infra/run}).
 */
public final class Marketplace {
    private static final Logger LOG = LoggerFactory.getLogger(Marketplace.class);
    private static final int DATABASE_PORT = 3307;
    private static final int ELASTICSEARCH_PORT = 9200;
    /** Written by the catalog's demo data, next to the accounts it creates; read from the apps' class path. */
    private static final String DEMO_ACCOUNTS = "th/otop/catalog/demo/demo-accounts.properties";

    /** A child JVM; the first app of a run loads the demo data. */
    record App(String name, String mainClass, int port, String classpath) {
        static App ofModule(Path project, String module, String mainClass, int port) {
            Path classpathFile = project.resolve(module).resolve("target/classpath.txt");
            if (!Files.exists(classpathFile)) {
                throw new IllegalStateException(
                        "Missing " + classpathFile + ": build first with ./mvnw -DskipTests package");
            }
            try {
                return new App(
                        module,
                        mainClass,
                        port,
                        project.resolve(module).resolve("target/classes")
                                + File.pathSeparator
                                + Files.readString(classpathFile).trim());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    private Marketplace() {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path data = RunData.folder();
        Optional<String> refusal = RunData.refusal(data);
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(2);
        }
        run(
                List.of(
                        App.ofModule(
                                project,
                                "storefront",
                                "th.otop.storefront.Application",
                                port("OTOP_STOREFRONT_PORT", 8080)),
                        App.ofModule(
                                project,
                                "seller-portal",
                                "th.otop.sellerportal.Application",
                                port("OTOP_SELLERPORTAL_PORT", 8081))),
                DATABASE_PORT,
                ELASTICSEARCH_PORT,
                data);
    }

    /** Starts the stack and the apps, waits until the apps end; a shutdown hook stops everything on a signal. */
    static void run(List<App> apps, int databasePort, int elasticsearchPort, Path data) throws InterruptedException {
        for (App app : apps) {
            if (Ports.isOpen(app.port())) {
                System.err.println("Port " + app.port() + " is already in use: is the marketplace already running? "
                        + "Stop it (Ctrl-C in its terminal) or free the port, then try again.");
                System.exit(2);
            }
        }
        long started = System.nanoTime();
        DevStack stack = DevStack.start(databasePort, elasticsearchPort, data);
        List<Process> children = new CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            children.forEach(Process::destroy);
            children.forEach(Marketplace::awaitExit);
            stack.close();
        }));
        Map<String, String> env = new HashMap<>(Map.of(
                "OTOP_DB_URL",
                stack.database().jdbcUrl("otop"),
                "OTOP_DB_USER",
                "root",
                "OTOP_DB_PASSWORD",
                "",
                "OTOP_ES_URLS",
                stack.elasticsearch().url()));
        if (System.getenv("OTOP_PHOTOS_FOLDER") == null) {
            // photos belong with the rows that name them, not in a temporary folder
            env.put("OTOP_PHOTOS_FOLDER", data.resolve("photos").toString());
        }
        for (App app : apps) {
            children.add(launch(app, env, app == apps.get(0)));
        }
        for (App app : apps) {
            Ports.await(app.name() + " on port " + app.port(), Duration.ofMinutes(3), () -> Ports.isOpen(app.port()));
        }
        StringBuilder ready = new StringBuilder("Marketplace ready in ")
                .append((System.nanoTime() - started) / 1_000_000_000)
                .append(" s:");
        apps.forEach(app -> ready.append("  ").append(app.name()).append(' ').append(app.url()));
        ready.append("  (data in ").append(data).append("; Ctrl-C stops everything)");
        demoSignIns(apps.get(0), apps)
                .ifPresent(signIns -> ready.append(System.lineSeparator()).append(signIns));
        LOG.info("{}", ready);
        for (Process app : children) {
            app.waitFor();
        }
    }

    private static Process launch(App app, Map<String, String> env, boolean loadsDemoData) {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        app.classpath(),
                        app.mainClass())
                .inheritIO();
        builder.environment().putAll(env);
        // one app loads the demo catalogue so the two never race to insert it
        builder.environment().put("OTOP_DEMO_DATA", Boolean.toString(loadsDemoData));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + app.name(), e);
        }
    }

    /**
     * The demo accounts' sign-in details, from the file the demo data is made from (on the demo-loading app's class
     * path), each with the address of the app it signs in to.
     */
    static Optional<String> demoSignIns(App loader, List<App> apps) {
        List<URL> urls = new ArrayList<>();
        try {
            for (String entry : loader.classpath().split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        Properties accounts = new Properties();
        try (URLClassLoader classes = new URLClassLoader(urls.toArray(URL[]::new), null);
                InputStream in = classes.getResourceAsStream(DEMO_ACCOUNTS)) {
            if (in == null) {
                return Optional.empty();
            }
            accounts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Demo sign-ins (email / password):");
        for (String id : accounts.getProperty("accounts", "").split(",")) {
            String app = accounts.getProperty(id + ".app", "");
            String url = apps.stream()
                    .filter(candidate -> candidate.name().equals(app))
                    .map(App::url)
                    .findFirst()
                    .orElse(app);
            text.append(System.lineSeparator())
                    .append(String.format(
                            "  %-42s %s / %s  at %s%s",
                            accounts.getProperty(id + ".label"),
                            accounts.getProperty(id + ".email"),
                            accounts.getProperty(id + ".password"),
                            url,
                            accounts.getProperty(id + ".path", "")));
        }
        return Optional.of(text.toString());
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static void awaitExit(Process process) {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
