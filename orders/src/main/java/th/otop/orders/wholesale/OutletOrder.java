package th.otop.orders.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An outlet's supplier order as the producer that fills it sees it: what to pack, where to ship it, how the outlet pays
 * and, on net terms, the number of the invoice the outlet was issued.
 */
@Serdeable
public record OutletOrder(
        SupplierOrder order,
        String purchaseOrderPublicId,
        PaymentTerms payment,
        @Nullable String invoiceNumber,
        ShipTo shipTo) {}
