package th.otop.orders.wholesale;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.ProducerId;

/**
 * Outlets' orders to one producer, with where to ship each. A producer reads its own supplier orders only: another
 * producer's is {@link PurchaseOrderNotFoundException}, as if it did not exist.
 */
@Singleton
public class OutletOrders {
    private final PurchaseOrderRows rows;
    private final Geography geography;

    OutletOrders(PurchaseOrderRows rows, Geography geography) {
        this.rows = rows;
        this.geography = geography;
    }

    /** The producer's supplier orders, newest first, with the prepaid ones whose transfer it has still to confirm. */
    @Transactional
    public List<OutletOrder> ofProducer(ProducerId producer) {
        return withDestinations(rows.ofProducer(producer, PurchaseOrders.LIST_LIMIT));
    }

    @Transactional
    public OutletOrder find(ProducerId producer, String supplierOrderPublicId) {
        return rows.supplierOrder(supplierOrderPublicId)
                .filter(so -> so.producerId().equals(producer))
                .map(so -> withDestinations(List.of(so)).get(0))
                .orElseThrow(() -> new PurchaseOrderNotFoundException(supplierOrderPublicId));
    }

    private List<OutletOrder> withDestinations(List<SupplierOrder> orders) {
        Map<Long, PurchaseOrderRows.Destination> destinations =
                rows.destinations(orders.stream().map(SupplierOrder::id).toList());
        return orders.stream()
                .map(so -> {
                    PurchaseOrderRows.Destination d = destinations.get(so.id());
                    return new OutletOrder(
                            so,
                            d.purchaseOrderPublicId(),
                            d.payment(),
                            d.invoiceNumber(),
                            new ShipTo(
                                    d.outletNameTh(),
                                    d.outletNameEn(),
                                    d.address(),
                                    geography.province(d.provinceId()).orElse(null),
                                    d.contactName(),
                                    d.phone(),
                                    d.email()));
                })
                .toList();
    }
}
