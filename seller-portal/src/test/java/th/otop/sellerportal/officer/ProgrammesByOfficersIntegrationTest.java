package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.LinkStatus;
import th.otop.catalog.community.ProgrammeRegister;
import th.otop.catalog.community.Programmes;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * An officer creates a village's sammachip programme from the portal and keeps its register (households, visits,
 * groups, producers); a producer of the province declares its group as formed by the programme, and the link waits
 * for an officer. Bad input comes back on the form it was typed in; other roles are refused.
 */
@MicronautTest(transactional = false)
class ProgrammesByOfficersIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    io.micronaut.context.ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Programmes programmes;

    @Inject
    Community community;

    @Inject
    Producers producers;

    @Test
    void anOfficerKeepsAProgrammeAndAProducerDeclaresItsGroupFromIt() {
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "programmes@example.com");
        String list = PortalSession.body(officer.get("/officer/programmes"));
        assertTrue(list.contains("id=\"programme-form\"") && list.contains("วิทยากรคนที่ 5"), list);

        Map<String, String> bad = new HashMap<>(programme());
        bad.put("village", " ");
        bad.put("startedYear", "๒๕๖๐");
        bad.put("provinceId", "");
        HttpResponse<String> refused = officer.post("/officer/programmes", bad);
        assertEquals(422, refused.getStatus().getCode());
        String refusedPage = PortalSession.body(refused);
        assertTrue(refusedPage.contains("กรุณาเลือกจังหวัด"), refusedPage);
        assertTrue(refusedPage.contains("ปีต้องเป็นตัวเลข 4 หลัก"), "every error of the form at once");
        assertTrue(refusedPage.contains("value=\"นายทองดี มีปัญญา\""), "what was typed stays");
        Map<String, String> noVillage = new HashMap<>(programme());
        noVillage.put("village", "");
        assertTrue(PortalSession.body(officer.post("/officer/programmes", noVillage))
                .contains("ชื่อหมู่บ้าน"));

        HttpResponse<String> created = officer.post("/officer/programmes", programme());
        assertEquals(303, created.getStatus().getCode(), PortalSession.body(created));
        String path = created.header("Location");
        long id = Long.parseLong(path.replace("/officer/programmes/", ""));
        String page = PortalSession.body(officer.get(path));
        assertTrue(page.contains("โครงการสัมมาชีพ บ้านนาคำ") && page.contains("value=\"2560\""), page);

        Map<String, String> edited = new HashMap<>(programme());
        edited.put("trainer5", "นางสาวบัวขาว");
        assertEquals(303, officer.post(path, edited).getStatus().getCode());
        assertEquals(
                303,
                officer.post(
                                path + "/households",
                                Map.of("headName", "นางคำ ใจดี", "standing", "BELOW_INCOME", "occupation", "ทอผ้า"))
                        .getStatus()
                        .getCode());
        HttpResponse<String> noStanding = officer.post(path + "/households", Map.of("headName", "นายมา"));
        assertEquals(422, noStanding.getStatus().getCode());
        assertTrue(PortalSession.body(noStanding).contains("เลือกสถานะตามเกณฑ์ จปฐ."));
        assertEquals(
                303,
                officer.post(path + "/visits", Map.of("visitedOn", "2026-11-20", "note", "กลุ่มทอผ้าขายได้ดีขึ้น"))
                        .getStatus()
                        .getCode());
        assertEquals(
                422,
                officer.post(path + "/visits", Map.of("visitedOn", "20/11/2569", "note", "x"))
                        .getStatus()
                        .getCode(),
                "a date the picker never sends");
        assertEquals(
                303,
                officer.post(path + "/groups", Map.of("groupNameTh", "กลุ่มทอผ้าบ้านนาคำ", "groupHouseholds", "15"))
                        .getStatus()
                        .getCode());

        ProgrammeRegister register = programmes.register(id);
        assertEquals(5, register.detail().programme().trainerNames().size());
        assertEquals(1, register.detail().programme().householdsTrained());
        assertEquals(1, register.visits().size());
        long group = register.detail().groups().get(0).group().id();

        PortalSession shop = PortalSession.newProducer(client, "programme-shop@example.com", "กลุ่มทอผ้านาคำ");
        ProducerId producer = new Buyers(context).producerOf("programme-shop@example.com");
        HttpResponse<String> linked = officer.post(
                path + "/producers",
                Map.of(
                        "group",
                        String.valueOf(group),
                        "producer",
                        producers.find(producer).orElseThrow().publicId()));
        assertEquals(303, linked.getStatus().getCode(), PortalSession.body(linked));
        assertTrue(community.linkagesOf(producer).sammachipLinked(), "an officer's link is confirmed");
        HttpResponse<String> noShop =
                officer.post(path + "/producers", Map.of("group", String.valueOf(group), "producer", "nobody"));
        assertEquals(422, noShop.getStatus().getCode());
        assertTrue(PortalSession.body(noShop).contains("ไม่พบร้านค้าตามรหัสนี้"));

        // the producer's own declaration of a second group from the programme waits for an officer
        String own = PortalSession.body(shop.get("/community"));
        assertTrue(own.contains("บ้านนาคำ"), "the province's programmes are offered");
        assertEquals(
                303,
                shop.post(
                                "/community/group",
                                Map.of(
                                        "groupNameTh",
                                        "กลุ่มย้อมครามบ้านนาคำ",
                                        "households",
                                        "8",
                                        "programme",
                                        String.valueOf(id)))
                        .getStatus()
                        .getCode());
        var declared = community.declaredLinkagesOf(producer).groups().stream()
                .filter(g -> g.group().nameTh().equals("กลุ่มย้อมครามบ้านนาคำ"))
                .findFirst()
                .orElseThrow();
        assertEquals(LinkStatus.PENDING, declared.status());
        assertEquals(id, declared.programme().id());
        assertEquals(
                422,
                shop.post("/community/group", Map.of("groupNameTh", "กลุ่มอื่น", "programme", "987654"))
                        .getStatus()
                        .getCode(),
                "only a programme of the shop's province");

        assertEquals(403, shop.get("/officer/programmes").getStatus().getCode());
        assertEquals(
                403, shop.post("/officer/programmes", programme()).getStatus().getCode());
        assertEquals(404, officer.get("/officer/programmes/987654").getStatus().getCode());
    }

    /** A programme in Surin (province 32, where {@link PortalSession#newProducer} opens its shops). */
    private static Map<String, String> programme() {
        Map<String, String> form = new HashMap<>();
        form.put("provinceId", "32");
        form.put("district", "เมืองสุรินทร์");
        form.put("subdistrict", "นอกเมือง");
        form.put("village", "บ้านนาคำ");
        form.put("sageName", "นายทองดี มีปัญญา");
        form.put("trainer1", "นางคำปุน");
        form.put("trainer2", "นายสมศักดิ์");
        form.put("trainer3", "นางบุญมา");
        form.put("trainer4", "นายประสิทธิ์");
        form.put("occupations", "ทอผ้าไหม, ย้อมคราม");
        form.put("startedYear", "2560");
        return form;
    }
}
