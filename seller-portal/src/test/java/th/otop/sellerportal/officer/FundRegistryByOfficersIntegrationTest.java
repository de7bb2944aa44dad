package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.community.FundStatus;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * Producers pick their fund from the registry or propose one (the same fund typed twice is one fund); an officer
 * adds a proposal to the registry or merges it into the fund it duplicates, and the producer's link follows.
 */
@MicronautTest(transactional = false)
class FundRegistryByOfficersIntegrationTest implements RealServices {
    private static final int SURIN = 32;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Community community;

    @Inject
    FundRegistry registry;

    @Test
    void producersPickOrProposeAndAnOfficerApprovesOrMerges() {
        long existing = community.addFund(FundKind.SAVINGS_GROUP, "กลุ่มออมทรัพย์บ้านโนนสูง", null, SURIN);
        Buyers buyers = new Buyers(context);
        PortalSession first = PortalSession.newProducer(client, "fund-first@example.com", "กลุ่มทอเสื่อโนนสูง");
        ProducerId firstId = buyers.producerOf("fund-first@example.com");
        PortalSession second = PortalSession.newProducer(client, "fund-second@example.com", "กลุ่มจักสานโนนสูง");
        ProducerId secondId = buyers.producerOf("fund-second@example.com");

        String page = PortalSession.body(first.get("/community"));
        assertTrue(page.contains("value=\"" + existing + "\"") && page.contains("กลุ่มออมทรัพย์บ้านโนนสูง"), page);
        assertEquals(
                303,
                first.post("/community/fund", Map.of("fund", String.valueOf(existing), "relation", "MEMBER"))
                        .getStatus()
                        .getCode());
        assertEquals(
                existing,
                community.declaredLinkagesOf(firstId).funds().get(0).fund().id(),
                "picked, not copied");

        Map<String, String> proposal = Map.of(
                "fund",
                "",
                "relation",
                "FINANCED_BY",
                "fundKind",
                "VILLAGE_FUND",
                "fundNameTh",
                "กองทุนหมู่บ้านโนนสูง");
        assertEquals(303, first.post("/community/fund", proposal).getStatus().getCode());
        assertEquals(303, second.post("/community/fund", proposal).getStatus().getCode());
        long proposed = community.declaredLinkagesOf(firstId).funds().stream()
                .filter(f -> f.fund().proposed())
                .findFirst()
                .orElseThrow()
                .fund()
                .id();
        assertEquals(
                proposed,
                community.declaredLinkagesOf(secondId).funds().get(0).fund().id(),
                "the second producer's proposal is the same fund");
        assertTrue(PortalSession.body(first.get("/community")).contains("กองทุนใหม่ รอเจ้าหน้าที่เพิ่มเข้าทะเบียน"));

        HttpResponse<String> bad = first.post("/community/fund", Map.of("relation", "MEMBER", "fundNameTh", ""));
        assertEquals(422, bad.getStatus().getCode());
        assertTrue(PortalSession.body(bad).contains("กรุณาเลือกประเภทกองทุน"), PortalSession.body(bad));
        assertEquals(
                422,
                first.post("/community/fund", Map.of("fund", "987654", "relation", "MEMBER"))
                        .getStatus()
                        .getCode(),
                "only a fund of the shop's province");

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "registry@example.com");
        String desk = PortalSession.body(officer.get("/officer/funds"));
        assertTrue(desk.contains("id=\"fund-" + proposed + "\"") && desk.contains("กองทุนหมู่บ้านโนนสูง"), desk);
        assertEquals(403, first.get("/officer/funds").getStatus().getCode());
        assertEquals(
                403,
                first.post("/officer/funds/" + proposed + "/approve", Map.of())
                        .getStatus()
                        .getCode(),
                "a producer cannot approve its own proposal");

        // the village fund was entered before as a savings group by mistake: merge the proposal into it
        HttpResponse<String> noTarget = officer.post("/officer/funds/" + proposed + "/merge", Map.of("into", "x"));
        assertEquals(422, noTarget.getStatus().getCode());
        HttpResponse<String> merged =
                officer.post("/officer/funds/" + proposed + "/merge", Map.of("into", String.valueOf(existing)));
        assertEquals(303, merged.getStatus().getCode(), PortalSession.body(merged));
        assertEquals(FundStatus.MERGED, registry.find(proposed).orElseThrow().status());
        assertTrue(
                community.declaredLinkagesOf(secondId).funds().stream()
                        .allMatch(f -> f.fund().id() == existing),
                "the second producer's link moved to the fund that stays");
        assertFalse(PortalSession.body(officer.get("/officer/funds")).contains("id=\"fund-" + proposed + "\""));

        Map<String, String> another =
                Map.of("relation", "MEMBER", "fundKind", "FUND_CENTRE", "fundNameTh", "ศูนย์จัดการกองทุนชุมชนตำบลโนน");
        second.post("/community/fund", another);
        long centre = registry.proposals().stream()
                .filter(f -> f.nameTh().equals("ศูนย์จัดการกองทุนชุมชนตำบลโนน"))
                .findFirst()
                .orElseThrow()
                .id();
        assertEquals(
                303,
                officer.post("/officer/funds/" + centre + "/approve", Map.of())
                        .getStatus()
                        .getCode());
        assertEquals(FundStatus.APPROVED, registry.find(centre).orElseThrow().status());
        assertEquals(
                422,
                officer.post("/officer/funds/" + centre + "/approve", Map.of())
                        .getStatus()
                        .getCode());
        assertTrue(
                PortalSession.body(first.get("/community")).contains("ศูนย์จัดการกองทุนชุมชนตำบลโนน"),
                "an approved fund is offered to every producer of the province");
        assertEquals(
                404,
                officer.post("/officer/funds/987654/approve", Map.of())
                        .getStatus()
                        .getCode());
    }
}
