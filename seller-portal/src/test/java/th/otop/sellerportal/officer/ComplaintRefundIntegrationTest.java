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
import th.otop.catalog.audit.AuditEntry;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/**
 * An officer settles a buyer's complaint about a delivered order with a refund of part of it, from the complaint's
 * page: told in the thread, written to the order's history and the audit log. Producers cannot use the address.
 */
@MicronautTest(transactional = false)
class ComplaintRefundIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Inject
    Complaints complaints;

    @Inject
    Orders orders;

    @Inject
    AuditLog audit;

    @Test
    void anOfficerRefundsPartOfTheOrderABuyerComplainedAbout() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "complained@example.com", "ร้านถูกร้องเรียน");
        ProducerId producer = buyers.producerOf("complained@example.com");
        buyers.verify(producer);
        String listing = shop.newListing("หมอนขวานผ้าขิด", "350", "10");
        buyers.publish(producer, listing);
        Order order = buyers.delivered(buyers.order(listing, 2, PaymentMethod.PROMPTPAY));
        String complaint = complaints.open(
                new Party(9_101, Role.CONSUMER, null, null),
                ComplaintSubject.ORDER,
                order.publicId(),
                producer,
                ComplaintCategory.DAMAGED,
                "หมอนขาดมาหนึ่งใบ",
                null);
        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "refund-officer@example.com");
        String path = "/officer/complaints/" + complaint;

        String page = PortalSession.body(officer.get(path));
        assertTrue(page.contains("id=\"refund-form\""), page);
        assertTrue(page.contains(order.number().toString()), "the order complained about is named");
        HttpResponse<String> noReason = officer.post(path + "/refund", Map.of("quantity.0", "1"));
        assertEquals(422, noReason.getStatus().getCode());
        assertTrue(PortalSession.body(noReason).contains("เหตุผลที่คืนเงิน"), PortalSession.body(noReason));
        assertEquals(0, orders.forProducer(producer, order.id()).refundedSatang());

        HttpResponse<String> refunded =
                officer.post(path + "/refund", Map.of("quantity.0", "1", "reason", "ขาด 1 ใบตามรูป / one torn"));
        assertEquals(303, refunded.getStatus().getCode(), PortalSession.body(refunded));

        assertEquals(35_000, orders.forProducer(producer, order.id()).refundedSatang());
        Complaint after = complaints.find(new Party(1, Role.OFFICER, null), complaint);
        assertTrue(
                after.messages().stream().anyMatch(m -> m.body().startsWith("คืนเงิน 350.00 บาท")),
                "the refund is told in the thread");
        AuditEntry entry = audit.recent(20).stream()
                .filter(e -> e.action().equals("order.refund") && e.subject().equals("order:" + order.publicId()))
                .findFirst()
                .orElseThrow();
        assertTrue(entry.detail().contains("35000 satang"), entry.detail());
        assertTrue(orders.history(order.id()).stream()
                .anyMatch(e -> e.action().equals("REFUND") && e.actor().startsWith("officer:")));

        // a producer cannot use the officer's address, and a complaint about no order offers no refund
        assertEquals(
                403,
                shop.post(path + "/refund", Map.of("quantity.0", "1", "reason", "x"))
                        .getStatus()
                        .getCode());
        String platform = complaints.open(
                new Party(9_102, Role.CONSUMER, null, null),
                ComplaintSubject.PLATFORM,
                null,
                null,
                ComplaintCategory.OTHER,
                "เว็บช้า",
                null);
        assertFalse(PortalSession.body(officer.get("/officer/complaints/" + platform))
                .contains("id=\"refund-form\""));
        assertEquals(
                404,
                officer.post("/officer/complaints/" + platform + "/refund", Map.of("quantity.0", "1", "reason", "x"))
                        .getStatus()
                        .getCode());
    }
}
