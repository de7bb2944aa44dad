package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * The outlets' review on the officer's desk, in Thai and English: the note is worded to the outlet, verify and suspend
 * are apart, suspending takes a confirmation page, and the result is told at the top of the list the officer returns
 * to, by the outlet's name.
 */
@MicronautTest(transactional = false)
class OutletReviewIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    Outlets outlets;

    @Test
    void theNoteIsToTheOutletSuspendingIsConfirmedAndTheResultIsToldAtTheTop() {
        Outlet verifyMe = outlet("review-a@example.org", "ร้านค้าประชารัฐสุขใจบ้านดอน");
        Outlet suspendMe = outlet("review-b@example.org", "ร้านค้าประชารัฐสุขใจบ้านนา");
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "review-officer@example.com");

        String list = PortalSession.body(officer.get("/officer/outlets"));
        assertTrue(list.contains("หมายเหตุถึงร้านค้า (สมาชิกของร้านจะได้อ่าน"), "the note is to the outlet: " + list);
        assertFalse(list.contains("ผู้ผลิต"), "nothing on the outlets' page speaks of a producer");
        assertFalse(list.contains("/suspend?csrfToken"), "no suspend form beside verify, only a link to confirm");
        assertTrue(list.contains("href=\"/officer/outlets/" + suspendMe.publicId() + "/suspend\""), list);

        HttpResponse<String> verified =
                officer.post("/officer/outlets/" + verifyMe.publicId() + "/verify", Map.of("note", "ตรวจเยี่ยมแล้ว"));
        assertEquals(303, verified.getStatus().getCode(), PortalSession.body(verified));
        String location = verified.header("Location");
        assertEquals("/officer/outlets?outlet=" + verifyMe.publicId() + "&done=VERIFIED&at=outlets#done", location);
        String after = PortalSession.body(officer.get(location.replace("#done", "")));
        int told = after.indexOf("id=\"done\"");
        assertTrue(told > 0 && told < after.indexOf("outlet-" + suspendMe.publicId()), "at the top: " + after);
        assertTrue(
                after.contains(
                        "ยืนยัน ร้านค้าประชารัฐสุขใจบ้านดอน แล้ว ส่งอีเมลแจ้งผลพร้อมหมายเหตุของคุณถึงสมาชิกของร้านแล้ว"),
                after);

        String confirm = PortalSession.body(officer.get("/officer/outlets/" + suspendMe.publicId() + "/suspend"));
        assertTrue(confirm.contains("ระงับ ร้านค้าประชารัฐสุขใจบ้านนา ใช่ไหม"), confirm);
        assertFalse(confirm.contains("??"), "every text is in the bundles: " + confirm);
        assertTrue(confirm.contains("name=\"confirmed\" value=\"yes\""), confirm);
        assertTrue(confirm.contains("href=\"/officer/outlets#outlet-" + suspendMe.publicId() + "\""), "a way back");
        assertEquals(
                OutletStatus.PENDING,
                outlets.findByPublicId(suspendMe.publicId()).orElseThrow().status());
        HttpResponse<String> unconfirmed =
                officer.post("/officer/outlets/" + suspendMe.publicId() + "/suspend", Map.of("note", "ปิดกิจการ"));
        assertEquals(200, unconfirmed.getStatus().getCode());
        assertEquals(
                OutletStatus.PENDING,
                outlets.findByPublicId(suspendMe.publicId()).orElseThrow().status());

        officer.setCookie("lang", "en");
        String english = PortalSession.body(officer.get("/officer/outlets/" + suspendMe.publicId() + "/suspend"));
        assertTrue(english.contains("Suspend ร้านค้าประชารัฐสุขใจบ้านนา?"), english);
        assertFalse(english.contains("??"), english);
        assertTrue(english.contains("A suspended outlet cannot order wholesale"), english);
        assertTrue(english.contains("Reason for the suspension (the outlet"), english);
        HttpResponse<String> suspended = officer.post(
                "/officer/outlets/" + suspendMe.publicId() + "/suspend",
                Map.of("note", "ปิดกิจการ", "confirmed", "yes"));
        assertEquals(303, suspended.getStatus().getCode(), PortalSession.body(suspended));
        assertEquals(
                OutletStatus.SUSPENDED,
                outlets.findByPublicId(suspendMe.publicId()).orElseThrow().status());
        String englishList =
                PortalSession.body(officer.get(suspended.header("Location").replace("#done", "")));
        assertTrue(
                englishList.contains(
                        "ร้านค้าประชารัฐสุขใจบ้านนา is suspended; its members were mailed the decision and your reason."),
                englishList);
        assertFalse(englishList.contains("id=\"outlet-" + suspendMe.publicId() + "\""), "decided, so off the list");
    }

    private Outlet outlet(String login, String name) {
        Account member =
                accounts.register(new SignUp(login, OfficerSessions.PASSWORD, "ผู้จัดการร้าน", Role.OUTLET, false));
        return outlets.signUp(
                member.id(), new OutletApplication(name, null, 32, "หมู่ 3 ตำบลนอกเมือง", "กองทุนหมู่บ้าน", null));
    }
}
