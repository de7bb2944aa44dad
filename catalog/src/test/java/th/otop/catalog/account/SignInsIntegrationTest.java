package th.otop.catalog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class SignInsIntegrationTest implements RealServices {
    @Inject
    Accounts accounts;

    @Inject
    SignIns signIns;

    @Inject
    SignInThrottleRows throttle;

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndUnknownLoginsAreThrottledAlike() throws InterruptedException {
        accounts.register(new SignUp("throttled@example.com", "รหัสผ่านยาวพอ123", "ทดสอบ", Role.CONSUMER, false));
        for (int i = 0; i < 5; i++) {
            SignInAttempt wrong = signIns.attempt("throttled@example.com", "guess-" + i, "203.0.113.7");
            assertFalse(wrong.throttled() || wrong.account().isPresent(), "try " + i);
        }
        SignInAttempt right = signIns.attempt(" THROTTLED@example.com ", "รหัสผ่านยาวพอ123", "198.51.100.9");
        assertTrue(right.throttled() && right.account().isEmpty(), "the login waits, from any address");

        for (int i = 0; i < 5; i++) {
            signIns.attempt("nobody-" + i + "@example.com", "guess", "203.0.113.8");
            signIns.attempt("nobody@example.com", "guess", "203.0.113.9");
        }
        assertTrue(signIns.attempt("nobody@example.com", "guess", "192.0.2.1").throttled(), "unknown, the same");

        Thread.sleep(1_200);
        SignInAttempt later = signIns.attempt("throttled@example.com", "รหัสผ่านยาวพอ123", "198.51.100.9");
        assertTrue(later.account().isPresent(), "once the wait is over the right password signs in");
        assertFalse(
                signIns.attempt("throttled@example.com", "guess", "198.51.100.9")
                        .throttled(),
                "and a success starts the login's count again");
    }

    @Test
    void aKeyWhoseHourIsOverIsForgotten() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        throttle.countFailure("login:long-ago@example.com", twoHoursAgo, twoHoursAgo.minus(Duration.ofHours(1)));
        throttle.countFailure("login:just-now@example.com", Instant.now(), twoHoursAgo);

        signIns.forgetOldFailures();

        assertEquals(
                List.of("login:just-now@example.com"),
                throttle
                        .findByThrottleKeyIn(List.of("login:long-ago@example.com", "login:just-now@example.com"))
                        .stream()
                        .map(SignInThrottleRow::throttleKey)
                        .toList());
    }
}
