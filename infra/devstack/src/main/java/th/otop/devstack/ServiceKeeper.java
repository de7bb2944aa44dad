package th.otop.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the test services alive for a whole build: every test JVM holds a connection open, and the
 * keeper stops MariaDB and Elasticsearch once no test JVM has been connected for a while. That way the
 * services start once per build, not once per module, and nothing is left running afterwards.
 */
public final class ServiceKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceKeeper.class);

    /** Locked for the process's life; a field, so the lock cannot be collected with a dead local. */
    private static FileChannel running;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final long idleSeconds;
    private int clients;
    private boolean stopping;
    private ScheduledFuture<?> pendingStop;
    private ServerSocket server;

    private ServiceKeeper(long idleSeconds) {
        this.idleSeconds = idleSeconds;
    }

    public static void main(String[] args) throws IOException {
        TestServicePorts ports = TestServicePorts.fromEnvironment();
        long idleSeconds = Long.parseLong(System.getProperty("otop.devstack.idle-seconds", "60"));
        Path dataDir = DevStackFiles.home()
                .resolve("test-data-" + ProcessHandle.current().pid());
        DevStack stack = DevStack.start(ports.database(), ports.elasticsearch(), dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            deleteWhenReleased(dataDir);
        }));
        String endpoints =
                "db=" + stack.database().port() + " es=" + stack.elasticsearch().url() + "\n";
        new ServiceKeeper(idleSeconds).serve(ports.control(), endpoints);
    }

    /** The database may still be closing its files; try a few times before leaving them behind. */
    private static void deleteWhenReleased(Path dataDir) {
        for (int attempt = 1; ; attempt++) {
            try {
                EmbeddedElasticsearch.deleteRecursively(dataDir);
                return;
            } catch (IOException e) {
                if (attempt == 5) {
                    LOG.warn("Could not delete {}: {}", dataDir, e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void serve(int controlPort, String endpoints) throws IOException {
        server = new ServerSocket(controlPort, 50, InetAddress.getLoopbackAddress());
        LOG.info(
                "Test services ready ({}); stopping {} s after the last test JVM leaves",
                endpoints.trim(),
                idleSeconds);
        scheduleStop();
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            synchronized (this) {
                if (stopping) {
                    // the client gets no endpoints line and starts a fresh keeper
                    client.close();
                    continue;
                }
                clients++;
                cancelStop();
            }
            Thread holder = new Thread(() -> hold(client, endpoints), "test-jvm-" + client.getPort());
            holder.setDaemon(true);
            holder.start();
        }
    }

    private void hold(Socket client, String endpoints) {
        try (client) {
            OutputStream out = client.getOutputStream();
            out.write(endpoints.getBytes(StandardCharsets.UTF_8));
            out.flush();
            // blocks until the test JVM exits and its end of the socket closes
            while (client.getInputStream().read() >= 0) {}
        } catch (IOException ignored) {
            // a vanished client is the same as a finished one
        } finally {
            synchronized (this) {
                if (--clients == 0) {
                    scheduleStop();
                }
            }
        }
    }

    private synchronized void scheduleStop() {
        cancelStop();
        pendingStop = timer.schedule(this::stopIfIdle, idleSeconds, TimeUnit.SECONDS);
    }

    private void stopIfIdle() {
        synchronized (this) {
            if (clients > 0) {
                return;
            }
            stopping = true;
        }
        LOG.info("No test JVM connected for {} s: stopping the test services", idleSeconds);
        try {
            server.close();
        } catch (IOException ignored) {
            // exiting anyway
        }
        System.exit(0);
    }

    private synchronized void cancelStop() {
        if (pendingStop != null) {
            pendingStop.cancel(false);
        }
    }
}
