package th.otop.orders.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record Review(
        long id,
        long productId,
        int stars,
        @Nullable String body,
        @Nullable String photoKey,
        @Nullable String reply,
        @Nullable String hiddenReason,
        Instant createdAt) {}
