package th.otop.catalog.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class SignInsIntegrationTest implements RealServices {
    @Inject
    Accounts accounts;

    @Inject
    SignIns signIns;

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
}
