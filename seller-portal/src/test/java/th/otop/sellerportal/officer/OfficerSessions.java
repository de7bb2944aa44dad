package th.otop.sellerportal.officer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import java.util.Map;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.sellerportal.support.PortalSession;

/** Signed-in browsers for each kind of account the officer pages care about. */
final class OfficerSessions {
    static final String PASSWORD = "รหัสผ่านยาวพอ123";

    private OfficerSessions() {}

    /** Registers an account with this role and signs it in. */
    static PortalSession signedIn(HttpClient client, Accounts accounts, Role role, String login) {
        accounts.register(new SignUp(login, PASSWORD, "บัญชี " + role.name().toLowerCase(), role, false));
        return signIn(client, login);
    }

    static PortalSession signIn(HttpClient client, String login) {
        PortalSession session = new PortalSession(client);
        HttpResponse<String> signedIn = session.post("/signin", Map.of("login", login, "password", PASSWORD));
        if (signedIn.getStatus().getCode() != 303 || session.cookie("JWT").isEmpty()) {
            throw new AssertionError("sign-in failed: " + signedIn.getStatus() + " " + PortalSession.body(signedIn));
        }
        return session;
    }
}
