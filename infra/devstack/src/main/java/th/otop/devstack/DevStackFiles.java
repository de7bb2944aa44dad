package th.otop.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build put the Elasticsearch distribution and the Thai plugin, and where the stack keeps its files. */
public final class DevStackFiles {
    private static final Properties BUILD = load();

    private DevStackFiles() {}

    /** Working folder of the dev stack; {@code OTOP_DEVSTACK_HOME} moves it. */
    public static Path home() {
        String configured = System.getenv("OTOP_DEVSTACK_HOME");
        Path home = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "otop-devstack");
        try {
            return Files.createDirectories(home).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the dev stack folder " + home, e);
        }
    }

    static String elasticsearchVersion() {
        return BUILD.getProperty("elasticsearch.version");
    }

    static Path elasticsearchZip() {
        return existing("elasticsearch.zip", "the Elasticsearch distribution");
    }

    static Path thaiPluginZip() {
        return existing("thai-analysis.zip", "the Thai analysis plugin");
    }

    private static Path existing(String key, String what) {
        Path path = Path.of(BUILD.getProperty(key, ""));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(
                    "Cannot find " + what + " at '" + path + "': build the project first (./mvnw -DskipTests package)");
        }
        return path;
    }

    private static Properties load() {
        try (InputStream in = DevStackFiles.class.getResourceAsStream("/devstack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("devstack.properties is missing from the dev stack jar", e);
        }
    }
}
