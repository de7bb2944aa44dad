package th.otop.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run: the dev stack plus both apps as child JVMs, with demo data. Ctrl-C stops everything it
 * started. Expects to be started from the project folder after a package build (see {@code infra/run}).
 */
public final class Marketplace {
    private static final Logger LOG = LoggerFactory.getLogger(Marketplace.class);
    private static final int DATABASE_PORT = 3307;
    private static final int ELASTICSEARCH_PORT = 9200;

    private record App(String module, String mainClass, int port) {}

    private static final List<App> APPS = List.of(
            new App("storefront", "th.otop.storefront.Application", 8080),
            new App("seller-portal", "th.otop.sellerportal.Application", 8081));

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        for (App app : APPS) {
            if (Ports.isOpen(app.port())) {
                System.err.println("Port " + app.port() + " is already in use: is the marketplace already running? "
                        + "Stop it (Ctrl-C in its terminal) or free the port, then try again.");
                System.exit(2);
            }
        }
        long started = System.nanoTime();
        DevStack stack = DevStack.start(
                DATABASE_PORT, ELASTICSEARCH_PORT, DevStackFiles.home().resolve("run-data"));
        List<Process> apps = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            apps.forEach(Process::destroy);
            apps.forEach(Marketplace::awaitExit);
            stack.close();
        }));
        Map<String, String> env = Map.of(
                "OTOP_DB_URL",
                stack.database().jdbcUrl("otop"),
                "OTOP_DB_USER",
                "root",
                "OTOP_DB_PASSWORD",
                "",
                "OTOP_ES_URLS",
                stack.elasticsearch().url());
        for (App app : APPS) {
            apps.add(launch(project, app, env, app == APPS.get(0)));
        }
        for (App app : APPS) {
            Ports.await(
                    app.module() + " on port " + app.port(),
                    java.time.Duration.ofMinutes(3),
                    () -> Ports.isOpen(app.port()));
        }
        LOG.info(
                "Marketplace ready in {} s: storefront http://localhost:8080  seller portal http://localhost:8081 "
                        + "(Ctrl-C stops everything)",
                (System.nanoTime() - started) / 1_000_000_000);
        for (Process app : apps) {
            app.waitFor();
        }
    }

    private static Process launch(Path project, App app, Map<String, String> env, boolean loadsDemoData)
            throws IOException {
        Path module = project.resolve(app.module());
        Path classpathFile = module.resolve("target/classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(
                    "Missing " + classpathFile + ": build first with ./mvnw -DskipTests package");
        }
        String classpath = module.resolve("target/classes")
                + java.io.File.pathSeparator
                + Files.readString(classpathFile).trim();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        app.mainClass())
                .inheritIO();
        builder.environment().putAll(env);
        // one app loads the demo catalogue so the two never race to insert it
        builder.environment().put("OTOP_DEMO_DATA", Boolean.toString(loadsDemoData));
        return builder.start();
    }

    private static void awaitExit(Process process) {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
