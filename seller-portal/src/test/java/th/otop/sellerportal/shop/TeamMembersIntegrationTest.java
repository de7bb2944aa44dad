package th.otop.sellerportal.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * An owner changes a member's role and removes them: each change ends the member's sessions at once, a removed
 * member keeps a buyer's account, and the team always keeps an owner; staff and other shops cannot do it.
 */
@MicronautTest(transactional = false)
class TeamMembersIntegrationTest implements RealServices {
    private static final String PASSWORD = "รหัสผ่านของสมใจ12";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Test
    void anOwnerPromotesAndRemovesAMemberWhoseSessionsEndAtOnce() {
        PortalSession owner = PortalSession.newProducer(client, "team-lead@example.com", "กลุ่มจักสานบ้านดอนแดง");
        Account lead = accounts.findByLogin("team-lead@example.com").orElseThrow();
        Account somjai =
                accounts.register(new SignUp("somjai@example.com", PASSWORD, "สมใจ รักงาน", Role.CONSUMER, false));
        assertEquals(
                303,
                owner.post("/shop/team", Map.of("login", "somjai@example.com", "role", "STAFF"))
                        .getStatus()
                        .getCode());
        PortalSession member = signIn("somjai@example.com");
        assertEquals(200, member.get("/dashboard").getStatus().getCode());
        String memberPath = "/shop/team/" + somjai.publicId();
        assertEquals(
                403,
                member.post(memberPath + "/remove", Map.of()).getStatus().getCode(),
                "staff do not manage the team");

        assertEquals(
                303,
                owner.post(memberPath + "/role", Map.of("role", "OWNER"))
                        .getStatus()
                        .getCode());
        assertEquals(
                ProducerRole.OWNER, accounts.find(somjai.id()).orElseThrow().producerRole());
        assertTrue(member.get("/dashboard").getStatus().getCode() != 200, "the old session ended with the change");

        HttpResponse<String> self = owner.post("/shop/team/" + lead.publicId() + "/remove", Map.of());
        assertEquals(422, self.getStatus().getCode());
        assertTrue(PortalSession.body(self).contains("เปลี่ยนหรือนำตัวเองออกจากทีมไม่ได้"), PortalSession.body(self));
        PortalSession elsewhere = PortalSession.newProducer(client, "other-lead@example.com", "ร้านอื่น");
        assertEquals(
                422,
                elsewhere.post(memberPath + "/remove", Map.of()).getStatus().getCode(),
                "another shop's owner finds nobody of theirs");

        PortalSession again = signIn("somjai@example.com");
        assertEquals(
                303, owner.post(memberPath + "/remove", Map.of()).getStatus().getCode());
        Account removed = accounts.find(somjai.id()).orElseThrow();
        assertNull(removed.producerId());
        assertEquals(Role.CONSUMER, removed.role(), "a buyer's account stays");
        assertTrue(again.get("/dashboard").getStatus().getCode() != 200, "removed: the session is refused");
        assertTrue(!PortalSession.body(owner.get("/shop/team")).contains("สมใจ รักงาน"), "off the team page");
        assertTrue(accounts.authenticate("somjai@example.com", PASSWORD).isPresent(), "the password still works");
    }

    private PortalSession signIn(String login) {
        PortalSession session = new PortalSession(client);
        assertEquals(
                303,
                session.post("/signin", Map.of("login", login, "password", PASSWORD))
                        .getStatus()
                        .getCode());
        return session;
    }
}
