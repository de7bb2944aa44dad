package th.otop.orders.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One survey invitation and, once answered, its one answer. */
@Serdeable
public record Invitation(
        String publicId,
        Segment segment,
        String occasion,
        @Nullable Integer score,
        @Nullable String comment,
        @Nullable Instant answeredAt,
        Instant createdAt) {
    public boolean answered() {
        return answeredAt != null;
    }
}
