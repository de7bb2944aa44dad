package th.otop.catalog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.otop.devstack.DevStack;
import th.otop.devstack.RunData;
import th.otop.devstack.TestServices;

/**
 * The local run's database as {@code infra/run} keeps it: started on a data folder, stopped, started again on the
 * same folder. An account made in the first run signs in with its password in the second.
 */
class AccountsAfterRestartIntegrationTest {

    @Test
    void anAccountMadeInOneRunSignsInAfterARestart() throws IOException {
        Path inBuild = Path.of("target", "restart-run-data").toAbsolutePath();
        // a checkout under the temporary folder would have its build folder wiped too: then a cache folder instead
        Path data = RunData.refusal(inBuild).isEmpty()
                ? inBuild
                : Path.of(System.getProperty("user.home"), ".cache", "otop-marketplace-tests", "restart-run-data");
        deleteRecursively(data);
        assertTrue(RunData.refusal(data).isEmpty(), "a data folder the database keeps");
        int databasePort = freePort();
        int elasticsearchPort = URI.create(TestServices.endpoints()
                        .elasticsearchUrls()
                        .split(",")[0]
                        .trim())
                .getPort();
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties(getClass()));

        long id;
        try (DevStack firstRun = DevStack.start(databasePort, elasticsearchPort, data)) {
            properties.put("datasources.default.url", firstRun.database().jdbcUrl("otop"));
            try (ApplicationContext app = ApplicationContext.run(properties)) {
                id = app.getBean(Accounts.class)
                        .register(new SignUp("kept@example.com", "ยังอยู่ครบ2569", "บุญมี", Role.PRODUCER, false))
                        .id();
            }
        }
        assertFalse(isListening(databasePort), "the first run's database has stopped");

        try (DevStack secondRun = DevStack.start(databasePort, elasticsearchPort, data);
                ApplicationContext app = ApplicationContext.run(properties)) {
            Account account = app.getBean(Accounts.class)
                    .authenticate("kept@example.com", "ยังอยู่ครบ2569")
                    .orElseThrow(() -> new AssertionError("the account and its password survive a restart"));
            assertEquals(id, account.id());
            assertEquals("บุญมี", account.displayName());
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
