package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An outlet's purchase order across producers, with one supplier order per producer and, on net terms, its invoice. */
@Serdeable
public record PurchaseOrder(
        long id,
        String publicId,
        long outletId,
        long placedBy,
        PaymentTerms payment,
        PurchaseOrderStatus status,
        long itemsSatang,
        @Nullable Long reorderOf,
        @Nullable Instant paidAt,
        Instant createdAt,
        List<SupplierOrder> supplierOrders,
        @Nullable Invoice invoice) {

    public boolean isFullyReceived() {
        return supplierOrders.stream().allMatch(s -> s.status() == SupplierOrderStatus.RECEIVED);
    }
}
