package th.otop.orders.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A net-terms purchase order's bill to the outlet, due after the credit line's net days. {@code number} is what people
 * read and quote ({@code INV-2569-000042}), given when the invoice is issued; {@code publicId} stays the opaque key.
 */
@Serdeable
public record Invoice(
        long id,
        String publicId,
        String number,
        long purchaseOrderId,
        long outletId,
        long fundId,
        long amountSatang,
        long repaidSatang,
        LocalDate issuedOn,
        LocalDate dueOn) {

    public long outstandingSatang() {
        return amountSatang - repaidSatang;
    }

    public boolean isOverdue(LocalDate today) {
        return outstandingSatang() > 0 && dueOn.isBefore(today);
    }
}
