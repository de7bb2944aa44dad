package th.otop.catalog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class AccountsIntegrationTest implements RealServices {
    @Inject
    Accounts accounts;

    @Test
    void signsInWithEmailOrThaiMobileAndTheRightPasswordOnly() {
        Account byEmail =
                accounts.register(new SignUp("Somsri@Example.com", "ผ้าไหม-2567", "สมศรี", Role.CONSUMER, false));
        assertTrue(accounts.authenticate("somsri@example.com ", "ผ้าไหม-2567").isPresent());
        assertFalse(
                accounts.authenticate("somsri@example.com", "wrong-password").isPresent());
        assertFalse(byEmail.marketingConsent(), "marketing consent is off unless asked for");

        accounts.register(new SignUp("081-234-5678", "secret-pass", "ลุงมี", Role.PRODUCER, false));
        assertTrue(accounts.authenticate("0812345678", "secret-pass").isPresent());
        assertFalse(accounts.authenticate("0899999999", "secret-pass").isPresent(), "unknown login");
    }

    @Test
    void aLoginCanHaveOnlyOneAccount() {
        accounts.register(new SignUp("twice@example.com", "password-1", "A", Role.CONSUMER, false));
        InvalidInputException e = assertThrows(
                LoginTakenException.class,
                () -> accounts.register(new SignUp("TWICE@example.com", "password-2", "B", Role.CONSUMER, false)));
        assertEquals("login", e.errors().get(0).field());
    }

    @Test
    void badSignUpsAreRefusedInBothLanguages() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> accounts.register(new SignUp("12345", "short", " ", Role.CONSUMER, false)));
        assertEquals(3, e.errors().size());
        assertTrue(e.errors().get(0).messageTh().contains("เบอร์มือถือ"));
    }

    @Test
    void aResetLinkWorksOnceAndSignsOutEverywhere() {
        Account account = accounts.register(new SignUp("reset@example.com", "old-password", "R", Role.CONSUMER, false));
        String token = accounts.startPasswordReset("reset@example.com").orElseThrow();
        assertTrue(accounts.startPasswordReset("nobody@example.com").isEmpty());
        assertTrue(accounts.resetPassword(token, "new-password"));
        assertFalse(accounts.resetPassword(token, "another-password"), "one time only");
        assertTrue(accounts.authenticate("reset@example.com", "new-password").isPresent());
        assertEquals(
                account.sessionEpoch() + 1,
                accounts.find(account.id()).orElseThrow().sessionEpoch());
    }

    @Test
    void deletingAnAccountErasesItsPersonalData() {
        Account account = accounts.register(new SignUp("gone@example.com", "password-9", "G", Role.CONSUMER, true));
        accounts.delete(account.id());
        assertTrue(accounts.find(account.id()).isEmpty());
        assertFalse(accounts.authenticate("gone@example.com", "password-9").isPresent());
        accounts.register(new SignUp("gone@example.com", "password-9", "G2", Role.CONSUMER, false));
    }
}
