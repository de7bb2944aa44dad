package th.otop.orders.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import th.otop.orders.complaint.ComplaintCategory;

/** Complaints opened in the period: how many, of what, how fast they were answered and settled. */
@Serdeable
public record ComplaintReport(
        long opened,
        Map<ComplaintCategory, Long> byCategory,
        long resolved,
        double averageFirstReplyHours,
        double averageResolutionHours,
        long escalated,
        double averageSatisfaction) {}
