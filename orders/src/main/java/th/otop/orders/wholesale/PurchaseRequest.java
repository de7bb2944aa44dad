package th.otop.orders.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.product.ProductId;

/** What an outlet member asks to buy; prices, terms and stock are read from the database when it is placed. */
@Serdeable
public record PurchaseRequest(OutletMember member, String idempotencyKey, List<Line> lines, PaymentTerms payment) {
    @Serdeable
    public record Line(ProductId productId, int quantity) {}
}
