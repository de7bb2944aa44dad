package th.otop.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.audit.AuditLog;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * {@code create-admin} against the real test database, then its link in the real seller portal: the new admin sets a
 * password once and signs in to the officer's desk and the admins' officer roster.
 */
@MicronautTest(transactional = false)
@Property(name = "otop.portal.base-url", value = "https://portal.example.org/")
class CreateAdminIntegrationTest implements RealServices {
    private static final String PASSWORD = "ผู้ดูแลคนแรก2569";

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theFirstAdminSetsThePasswordByTheLinkOnceAndSignsInToTheOfficerDesk() {
        Output run = create("--email", "First.Admin@example.org", "--name", "ผู้ดูแลระบบ พช.");

        assertEquals(0, run.exit(), run.err());
        String link = run.out().strip().lines().reduce((first, last) -> last).orElseThrow();
        assertTrue(link.startsWith("https://portal.example.org/reset/"), link);
        Account admin = accounts.findByLogin("first.admin@example.org").orElseThrow();
        assertEquals(Role.ADMIN, admin.role());
        assertEquals("ผู้ดูแลระบบ พช.", admin.displayName());
        assertTrue(accounts.authenticate("first.admin@example.org", PASSWORD).isEmpty(), "no password before the link");
        assertTrue(audit.recent(10).stream()
                .anyMatch(entry -> entry.action().equals("admin.create") && entry.actorAccount() == admin.id()));

        // the link names the portal's public address; this portal listens on a test port
        String path = URI.create(link).getPath();
        PortalSession browser = new PortalSession(client);
        assertEquals(200, browser.get(path).getStatus().getCode());
        HttpResponse<String> set = browser.post(path, Map.of("password", PASSWORD));
        assertEquals(303, set.getStatus().getCode(), PortalSession.body(set));
        HttpResponse<String> again = browser.post(path, Map.of("password", "อีกรหัสหนึ่ง2569"));
        assertNotEquals(303, again.getStatus().getCode(), "a used link sets nothing");
        assertTrue(
                accounts.authenticate("first.admin@example.org", "อีกรหัสหนึ่ง2569")
                        .isEmpty(),
                "the link works once");

        HttpResponse<String> signedIn =
                browser.post("/signin", Map.of("login", "first.admin@example.org", "password", PASSWORD));
        assertEquals(303, signedIn.getStatus().getCode(), PortalSession.body(signedIn));
        assertEquals("/officer", signedIn.getHeaders().get("Location"));
        assertEquals(200, browser.get("/officer").getStatus().getCode());
        assertEquals(200, browser.get("/officer/officers").getStatus().getCode(), "the roster is for admins only");
    }

    @Test
    void refusesAnEmailThatAlreadyHasAnAccountAndChangesNothing() {
        Account existing =
                accounts.register(new SignUp("taken@example.org", "รหัสผ่านเดิม2569", "ผู้ซื้อ", Role.CONSUMER, false));

        Output run = create("--email", "taken@example.org");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("already an account with the email taken@example.org"), run.err());
        assertEquals("", run.out());
        assertEquals(Role.CONSUMER, accounts.find(existing.id()).orElseThrow().role());
        assertTrue(
                accounts.authenticate("taken@example.org", "รหัสผ่านเดิม2569").isPresent());
    }

    @Test
    void refusesWrongArgumentsWithTheUsage() {
        for (String[] args : new String[][] {
            {}, {"--email"}, {"--emial", "a@example.org"}, {"--email", "not-an-email"}, {"--name", "only a name"}
        }) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertTrue(
                    CreateAdmin.parse(args, new PrintStream(err, true, StandardCharsets.UTF_8))
                            .isEmpty(),
                    String.join(" ", args));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains(CreateAdmin.USAGE));
        }
        Output invalid = create("--email", "a@b");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().contains("login: "), invalid.err());
        assertFalse(accounts.findByLogin("a@b").isPresent());
    }

    private record Output(int exit, String out, String err) {}

    private Output create(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = CreateAdmin.parse(args, errStream)
                .map(request -> CreateAdmin.create(
                        request, context, new PrintStream(out, true, StandardCharsets.UTF_8), errStream))
                .orElse(2);
        return new Output(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
