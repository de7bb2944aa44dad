package th.otop.orders.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import th.otop.catalog.audit.AuditLog;

/** An officer's answers and resolutions of complaints, each in the audit log with the action. */
@Singleton
public class OfficerComplaintHandling {
    private final Complaints complaints;
    private final AuditLog audit;

    OfficerComplaintHandling(Complaints complaints, AuditLog audit) {
        this.complaints = complaints;
        this.audit = audit;
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

    private static void requireOfficer(Party party) {
        if (!party.isOfficer()) {
            throw new IllegalArgumentException("Only officers act through OfficerComplaintHandling");
        }
    }
}
