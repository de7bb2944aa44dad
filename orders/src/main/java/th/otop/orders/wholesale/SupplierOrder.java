package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.order.Carrier;

/** One producer's part of a purchase order. */
@Serdeable
public record SupplierOrder(
        long id,
        String publicId,
        long purchaseOrderId,
        ProducerId producerId,
        String producerNameTh,
        @Nullable String producerNameEn,
        SupplierOrderStatus status,
        long itemsSatang,
        long feeSatang,
        @Nullable Long fundId,
        long contributionSatang,
        @Nullable Carrier carrier,
        @Nullable String trackingNumber,
        @Nullable Instant shippedAt,
        @Nullable Instant receivedAt,
        List<SupplierOrderLine> lines) {

    public boolean hasIssue() {
        return lines.stream().anyMatch(SupplierOrderLine::hasIssue);
    }
}
