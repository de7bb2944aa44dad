package th.otop.tools;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An app in a JVM of its own, on a free port, its output in a log file; closing stops it. */
final class ChildJvm implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private final URI base;

    private ChildJvm(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    static ChildJvm start(
            String name,
            List<String> classpath,
            List<String> jvmOptions,
            String mainClass,
            Map<String, String> env,
            int port)
            throws IOException {
        Path log = Path.of("infra/tools/target/page-benchmark", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), mainClass));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        ChildJvm jvm = new ChildJvm(name, builder.start(), log, port);
        Runtime.getRuntime().addShutdownHook(new Thread(jvm::close));
        return jvm;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The classpath of a module built with its {@code target/classpath.txt}, as the local launcher uses it. */
    static List<String> moduleClasspath(Path module) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(module.resolve("target/classes").toString());
        entries.addAll(List.of(
                Files.readString(module.resolve("target/classpath.txt")).trim().split(File.pathSeparator)));
        return entries;
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    /** Waits until {@code path} answers 200, failing early if the JVM exits. */
    void awaitReady(String path, Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        name + " did not answer " + path + " within " + timeout.toSeconds() + " s; see " + log);
            }
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
