package th.otop.orders.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import th.otop.catalog.audit.AuditLog;
import th.otop.orders.Baht;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderNotFoundException;
import th.otop.orders.order.Orders;
import th.otop.orders.order.Refund;

/** An officer's answers and resolutions of complaints, each in the audit log with the action. */
@Singleton
public class OfficerComplaintHandling {
    private final Complaints complaints;
    private final AuditLog audit;

    private final Orders orders;

    OfficerComplaintHandling(Complaints complaints, AuditLog audit, Orders orders) {
        this.complaints = complaints;
        this.audit = audit;
        this.orders = orders;
    }

    @Transactional
    public void reply(Party officer, String publicId, String body) {
        requireOfficer(officer);
        complaints.reply(officer, publicId, body, null);
        audit.record(officer.accountId(), "complaint.reply", "complaint:" + publicId, null);
    }

    @Transactional
    public void resolve(Party officer, String publicId) {
        requireOfficer(officer);
        complaints.resolve(officer, publicId);
        audit.record(officer.accountId(), "complaint.resolve", "complaint:" + publicId, null);
    }

    /** The retail order a complaint is about, when it is about one. */
    @Transactional
    public Optional<Order> orderOf(Party officer, String publicId) {
        requireOfficer(officer);
        Complaint complaint = complaints.find(officer, publicId);
        if (complaint.subject() != ComplaintSubject.ORDER || complaint.subjectRef() == null) {
            return Optional.empty();
        }
        // the order of the producer the complaint is against, never another's that happens to share the reference
        return orders.findByPublicId(complaint.subjectRef())
                .filter(o -> complaint.producerId() != null && o.producerId().value() == complaint.producerId());
    }

    /** Money back to the complainant from the order the complaint is about, noted in the thread and the audit log. */
    @Transactional
    public Order refund(Party officer, String publicId, Refund refund) {
        Order order = orderOf(officer, publicId).orElseThrow(() -> new OrderNotFoundException(publicId));
        Order after = orders.refundByOfficer(officer.accountId(), order.publicId(), refund);
        long amount = after.refundedSatang() - order.refundedSatang();
        complaints.reply(
                officer,
                publicId,
                "คืนเงิน " + Baht.format(amount) + " บาท / Refunded " + Baht.format(amount) + " baht: "
                        + refund.reason().strip(),
                null);
        audit.record(
                officer.accountId(),
                "order.refund",
                "order:" + order.publicId(),
                "complaint:" + publicId + " " + amount + " satang: "
                        + refund.reason().strip());
        return after;
    }

    private static void requireOfficer(Party party) {
        if (!party.isOfficer()) {
            throw new IllegalArgumentException("Only officers act through OfficerComplaintHandling");
        }
    }
}
