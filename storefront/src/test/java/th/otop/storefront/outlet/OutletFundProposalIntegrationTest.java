package th.otop.storefront.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.community.FundStatus;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.Outlets;
import th.otop.devstack.RealServices;
import th.otop.webkit.security.SessionCookies;

/**
 * An outlet whose community fund is not in the registry proposes it at sign-up: the outlet is linked to the proposal,
 * which waits for an officer; the same fund typed by a second outlet is the same proposal; a bad proposal is reported
 * with the rest of the form's errors and saves nothing.
 */
@MicronautTest(transactional = false)
class OutletFundProposalIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    OutletMother mother;

    @Inject
    SessionCookies sessions;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    FundRegistry registry;

    @Test
    void anOutletProposesItsFundAtSignUp() {
        var first = mother.account("สมหมาย ร้านสุขใจ");
        OutletSession owner = OutletSession.signedIn(client, sessions, first);
        assertTrue(owner.page("/outlet/signup").contains("name=\"fundNameTh\""));

        Map<String, String> bad = signUp("ร้านประชารัฐสุขใจ ตาเมียง");
        bad.put("fundNameTh", "กองทุนหมู่บ้านตาเมียง");
        bad.put("operatorOrganisation", "");
        HttpResponse<String> refused = owner.post("/outlet/signup", bad);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        String page = OutletSession.body(refused);
        assertTrue(page.contains("กรุณาเลือกประเภทกองทุน"), page);
        assertTrue(page.contains("value=\"กองทุนหมู่บ้านตาเมียง\""), "what was typed is kept");
        assertTrue(members.of(first.id()).isEmpty(), "no outlet saved");
        assertTrue(
                registry.proposals().stream().noneMatch(f -> f.nameTh().equals("กองทุนหมู่บ้านตาเมียง")),
                "and no fund");

        Map<String, String> good = signUp("ร้านประชารัฐสุขใจ ตาเมียง");
        good.put("fundKind", "VILLAGE_FUND");
        good.put("fundNameTh", "กองทุนหมู่บ้านตาเมียง");
        good.put("fundVillage", "บ้านตาเมียง");
        assertEquals(HttpStatus.SEE_OTHER, owner.post("/outlet/signup", good).getStatus());
        long fund = outlets.find(members.of(first.id()).orElseThrow().outletId())
                .orElseThrow()
                .fundId();
        CommunityFund proposed = registry.find(fund).orElseThrow();
        assertEquals(FundStatus.PROPOSED, proposed.status());
        assertEquals("บ้านตาเมียง", proposed.village());

        var second = mother.account("สมใจ ร้านสุขใจ");
        Map<String, String> again = signUp("ร้านประชารัฐสุขใจ ตาเมียงสอง");
        again.put("fundKind", "VILLAGE_FUND");
        again.put("fundNameTh", " กองทุนหมู่บ้านตาเมียง ");
        assertEquals(
                HttpStatus.SEE_OTHER,
                OutletSession.signedIn(client, sessions, second)
                        .post("/outlet/signup", again)
                        .getStatus());
        assertEquals(
                fund,
                outlets.find(members.of(second.id()).orElseThrow().outletId())
                        .orElseThrow()
                        .fundId(),
                "the same fund, not a second one");
    }

    private static Map<String, String> signUp(String name) {
        return new HashMap<>(Map.of(
                "nameTh", name,
                "provinceId", String.valueOf(OutletMother.SURIN),
                "address", "9 หมู่ 1",
                "district", "เมืองสุรินทร์",
                "subdistrict", "ในเมือง",
                "postcode", "32000",
                "operatorOrganisation", "บริษัทประชารัฐรักสามัคคีสุรินทร์"));
    }
}
