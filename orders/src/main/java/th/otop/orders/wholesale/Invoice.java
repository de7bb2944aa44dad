package th.otop.orders.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A net-terms purchase order's bill to the outlet, due after the credit line's net days. */
@Serdeable
public record Invoice(
        long id,
        String publicId,
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
