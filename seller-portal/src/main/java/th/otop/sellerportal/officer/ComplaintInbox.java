package th.otop.sellerportal.officer;

import java.util.Comparator;
import java.util.List;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintStatus;

/** The order officers work through complaints in: escalated first, then the one whose target comes first. */
final class ComplaintInbox {
    static final Comparator<Complaint> ORDER = Comparator.comparing((Complaint c) -> !c.escalated())
            .thenComparing(c -> c.firstRepliedAt() == null ? c.firstReplyDue() : c.resolutionDue());

    private ComplaintInbox() {}

    static boolean isSettled(Complaint complaint) {
        return complaint.status() == ComplaintStatus.RESOLVED || complaint.status() == ComplaintStatus.CLOSED;
    }

    /** Complaints still being handled, in working order. */
    static List<Complaint> open(List<Complaint> all) {
        return all.stream().filter(c -> !isSettled(c)).sorted(ORDER).toList();
    }

    /** Resolved and closed ones, newest first (as the service lists them). */
    static List<Complaint> settled(List<Complaint> all, int limit) {
        return all.stream().filter(ComplaintInbox::isSettled).limit(limit).toList();
    }
}
