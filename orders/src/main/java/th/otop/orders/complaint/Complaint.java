package th.otop.orders.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

@Serdeable
public record Complaint(
        String publicId,
        String segment,
        ComplaintSubject subject,
        @Nullable String subjectRef,
        @Nullable Long producerId,
        ComplaintCategory category,
        ComplaintStatus status,
        String handler,
        boolean escalated,
        Instant firstReplyDue,
        Instant resolutionDue,
        @Nullable Instant firstRepliedAt,
        @Nullable Instant resolvedAt,
        @Nullable Integer satisfaction,
        Instant createdAt,
        List<Message> messages) {

    @Serdeable
    public record Message(String authorRole, String body, @Nullable String photoKey, Instant at) {}
}
