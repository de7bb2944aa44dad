package th.otop.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Elasticsearch refuses to run as root, so as root it runs as an unprivileged system user. */
final class RunAs {
    static final String SERVICE_USER = "otop-es";

    private RunAs() {}

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command prefix that drops root, creating the service user and owning {@code dirs} for it. */
    static List<String> unprivilegedPrefix(Path... dirs) {
        if (!isRoot()) {
            return List.of();
        }
        if (run("id", "-u", SERVICE_USER) != 0
                && run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER) != 0) {
            throw new IllegalStateException("Could not create the system user " + SERVICE_USER + " for Elasticsearch");
        }
        for (Path dir : dirs) {
            if (run("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, dir.toString()) != 0) {
                throw new IllegalStateException("Could not give " + dir + " to " + SERVICE_USER);
            }
        }
        List<String> prefix = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            // setpriv execs in place, so stopping our child stops Elasticsearch itself
            prefix.addAll(
                    List.of("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--init-groups", "--"));
        } else {
            prefix.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        return prefix;
    }

    static int run(String... command) {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
