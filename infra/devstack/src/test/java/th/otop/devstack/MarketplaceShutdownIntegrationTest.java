package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code infra/run}'s launcher as a process of its own, stopped by SIGTERM (what a service manager or {@code kill}
 * sends, unlike Ctrl-C, which reaches the whole process group): every process it started is gone afterwards.
 */
class MarketplaceShutdownIntegrationTest {

    @Test
    void sigtermStopsTheAppsAndTheDatabaseTheLauncherStarted() throws Exception {
        int databasePort = freePort();
        int appPort = freePort();
        int elasticsearchPort = URI.create(TestServices.endpoints()
                        .elasticsearchUrls()
                        .split(",")[0]
                        .trim())
                .getPort();
        Path data = Path.of("target", "shutdown-run-data").toAbsolutePath();
        EmbeddedElasticsearch.deleteRecursively(data);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dlogback.configurationFile=devstack-logback.xml",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LauncherWithOneApp.class.getName(),
                        String.valueOf(databasePort),
                        String.valueOf(elasticsearchPort),
                        data.toString())
                .redirectErrorStream(true);
        // the stand-in app inherits it through the launcher, as the apps inherit their ports' settings
        builder.environment().put(PortHolder.PORT, String.valueOf(appPort));
        Process launcher = builder.start();
        try {
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> awaitReady(launcher));
            assertTrue(ready.get(4, TimeUnit.MINUTES), "the launcher said it was ready");
            List<ProcessHandle> started = launcher.descendants().toList();
            assertTrue(started.size() >= 2, "the app and MariaDB run as the launcher's children: " + started);
            assertTrue(Ports.isOpen(databasePort) && Ports.isOpen(appPort));

            launcher.destroy(); // SIGTERM
            assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher exits on SIGTERM");
            Instant deadline = Instant.now().plusSeconds(30);
            while (started.stream().anyMatch(ProcessHandle::isAlive)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            for (ProcessHandle child : started) {
                assertFalse(child.isAlive(), "left running: " + child.info());
            }
            assertFalse(Ports.isOpen(databasePort), "MariaDB stopped");
            assertFalse(Ports.isOpen(appPort), "the app stopped");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /** Reads the launcher's output until its ready line; false if it ends first. */
    private static boolean awaitReady(Process launcher) {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.contains("Marketplace ready")) {
                    // keep draining, so the launcher never blocks on a full pipe
                    Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}));
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The launcher's own start-up and shutdown, with a stand-in app (a JVM holding a port) and no demo data. */
    static final class LauncherWithOneApp {
        public static void main(String[] args) throws Exception {
            Marketplace.run(
                    List.of(new Marketplace.App(
                            "stand-in",
                            PortHolder.class.getName(),
                            Integer.parseInt(System.getenv(PortHolder.PORT)),
                            System.getProperty("java.class.path"))),
                    Integer.parseInt(args[0]),
                    Integer.parseInt(args[1]),
                    Path.of(args[2]));
        }
    }

    /** Listens on a port until stopped, like an app. */
    static final class PortHolder {
        static final String PORT = "STAND_IN_APP_PORT";

        public static void main(String[] args) throws Exception {
            try (ServerSocket socket = new ServerSocket(Integer.parseInt(System.getenv(PORT)))) {
                Thread.sleep(Duration.ofHours(1).toMillis());
            }
        }
    }
}
