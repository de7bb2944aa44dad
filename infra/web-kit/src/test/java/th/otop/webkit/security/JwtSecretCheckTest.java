package th.otop.webkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwtSecretCheckTest {
    private static final String LOCAL = "jdbc:mysql://127.0.0.1:3307/otop?useSSL=false";
    private static final String REMOTE = "jdbc:mysql://db.internal:3306/otop";

    @Test
    void aMissingOrShortSecretStopsStartUp() {
        assertTrue(JwtSecretCheck.problem("", LOCAL).orElseThrow().contains("OTOP_JWT_SECRET"));
        assertTrue(JwtSecretCheck.problem("short", REMOTE).orElseThrow().contains("too short"));
    }

    @Test
    void theDevelopmentSecretOnlyWorksAgainstALocalDatabase() {
        String dev = JwtSecretCheck.DEVELOPMENT_MARKER + "0123456789012345678901234567890123";
        assertEquals(Optional.empty(), JwtSecretCheck.problem(dev, LOCAL));
        assertTrue(JwtSecretCheck.problem(dev, REMOTE).isPresent());
        assertEquals(Optional.empty(), JwtSecretCheck.problem("x".repeat(40), REMOTE));
    }
}
