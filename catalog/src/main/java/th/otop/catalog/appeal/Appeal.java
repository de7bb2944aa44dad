package th.otop.catalog.appeal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;

/** A producer's appeal against one hide of a listing, with the officer's reply once decided. */
public record Appeal(
        long id,
        ProductId productId,
        String productPublicId,
        String productTitle,
        ProducerId producerId,
        String producerName,
        String hiddenReason,
        String body,
        AppealStatus status,
        @Nullable String reply,
        Instant createdAt,
        @Nullable Instant decidedAt) {

    public boolean isOpen() {
        return status == AppealStatus.OPEN;
    }
}
