package th.otop.sellerportal.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.producer.Producers;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * An owner invites a person who already has an account: they join the team, keep their own account and are mailed;
 * the team's rules hold (no one twice, no one from another shop, no officer, staff cannot change payout details).
 */
@MicronautTest(transactional = false)
class TeamInvitationsIntegrationTest implements RealServices {
    private static final String PASSWORD = "รหัสผ่านของสมหญิง1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aBuyerWithAnAccountJoinsAsStaffIsMailedAndTheRulesHold() {
        PortalSession owner = PortalSession.newProducer(client, "team-owner@example.com", "กลุ่มทอผ้าบ้านหนองบัว");
        Account buyer =
                accounts.register(new SignUp("somying@example.com", PASSWORD, "สมหญิง ใจงาม", Role.CONSUMER, false));

        String team = PortalSession.body(owner.get("/shop/team"));
        assertTrue(team.contains("คนที่มีบัญชีอยู่แล้ว"), "the form says an existing account can be invited: " + team);
        HttpResponse<String> invited =
                owner.post("/shop/team", Map.of("login", "Somying@Example.com", "displayName", "", "role", "STAFF"));
        assertEquals(303, invited.getStatus().getCode(), PortalSession.body(invited));
        assertTrue(PortalSession.body(owner.get("/shop/team")).contains("สมหญิง ใจงาม"), "listed in the team");
        Account joined = accounts.find(buyer.id()).orElseThrow();
        assertEquals(ProducerRole.STAFF, joined.producerRole());
        assertEquals(Role.CONSUMER, joined.role(), "still a buyer on the storefront");
        assertTrue(
                accounts.authenticate("somying@example.com", PASSWORD).isPresent(), "their own password still works");

        List<String[]> mails = mails("somying@example.com");
        assertEquals(1, mails.size(), "told once that they joined");
        assertTrue(mails.get(0)[0].contains("คุณได้เข้าร่วมทีมของร้าน กลุ่มทอผ้าบ้านหนองบัว แล้ว"), mails.get(0)[0]);
        assertTrue(mails.get(0)[0].contains("You joined the team of"), mails.get(0)[0]);
        assertTrue(mails.get(0)[1].contains("พนักงาน") && mails.get(0)[1].contains("as Staff"), mails.get(0)[1]);

        PortalSession member = new PortalSession(client);
        assertEquals(
                303,
                member.post("/signin", Map.of("login", "somying@example.com", "password", PASSWORD))
                        .getStatus()
                        .getCode());
        assertTrue(PortalSession.body(member.get("/dashboard")).contains("กลุ่มทอผ้าบ้านหนองบัว"), "the shop's pages");
        member.post(
                "/shop",
                Map.of(
                        "kind", "COMMUNITY_ENTERPRISE",
                        "nameTh", "กลุ่มทอผ้าบ้านหนองบัว",
                        "provinceId", "32",
                        "district", "เมืองสุรินทร์",
                        "subdistrict", "ในเมือง",
                        "promptPayId", "0899999999"));
        assertEquals(
                "0812345678",
                producers.find(joined.producerId()).orElseThrow().promptPayId(),
                "staff cannot change the payout details");
        assertEquals(
                403,
                member.post("/shop/team", Map.of("login", "x@example.com", "role", "OWNER"))
                        .getStatus()
                        .getCode());

        HttpResponse<String> twice = owner.post("/shop/team", Map.of("login", "somying@example.com", "role", "OWNER"));
        assertEquals(422, twice.getStatus().getCode());
        assertTrue(PortalSession.body(twice).contains("คนนี้อยู่ในทีมของร้านคุณแล้ว"), PortalSession.body(twice));
        assertEquals(ProducerRole.STAFF, accounts.find(buyer.id()).orElseThrow().producerRole(), "nothing changed");

        PortalSession.newProducer(client, "other-owner@example.com", "ร้านอื่น");
        owner.setCookie("lang", "en");
        HttpResponse<String> other =
                owner.post("/shop/team", Map.of("login", "other-owner@example.com", "role", "STAFF"));
        assertEquals(422, other.getStatus().getCode());
        assertTrue(PortalSession.body(other).contains("already in another shop&#39;s team"), PortalSession.body(other));

        accounts.register(new SignUp("officer-x@example.com", PASSWORD, "เจ้าหน้าที่", Role.OFFICER, false));
        HttpResponse<String> officer =
                owner.post("/shop/team", Map.of("login", "officer-x@example.com", "role", "STAFF"));
        assertEquals(422, officer.getStatus().getCode());
        assertTrue(PortalSession.body(officer).contains("cannot join a shop&#39;s team"), PortalSession.body(officer));
        assertEquals(2, accounts.team(joined.producerId()).size(), "the owner and the new member, nobody else");
    }

    private List<String[]> mails(String recipient) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT subject, body FROM notification_outbox WHERE recipient = ? ORDER BY id", ps -> {
                    ps.setString(1, recipient);
                    List<String[]> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                    return found;
                }));
    }
}
