package th.otop.orders.checkout;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Variant;
import th.otop.catalog.stock.Stock;
import th.otop.orders.cart.LineKey;
import th.otop.orders.notification.LowStockMails;

/** Reserves every line of a checkout in the caller's transaction, or throws so that it rolls back all of them. */
@Singleton
class StockReservation {
    private final Stock stock;
    private final LowStockMails lowStock;

    StockReservation(Stock stock, LowStockMails lowStock) {
        this.stock = stock;
        this.lowStock = lowStock;
    }

    /**
     * In {@link LineKey#LOCK_ORDER}, so two checkouts sharing products always lock them in the same order (no
     * deadlocks). A line of a variant takes the variant's stock. A short line does not stop the others from being
     * tried, so the buyer hears of every short line at once.
     *
     * @throws OutOfStockException naming the short lines
     */
    void reserveAll(Map<LineKey, Integer> quantities, Map<ProductId, Product> products, String reference) {
        List<OutOfStockException.Shortage> shortages = new ArrayList<>();
        quantities.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(LineKey.LOCK_ORDER))
                .forEach(e -> {
                    LineKey line = e.getKey();
                    int wanted = e.getValue();
                    boolean reserved = line.variantId() == null
                            ? stock.reserve(line.productId(), wanted, reference)
                            : stock.reserveVariant(line.productId(), line.variantId(), wanted, reference);
                    if (!reserved) {
                        shortages.add(shortage(products.get(line.productId()), line, wanted));
                    }
                });
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(shortages);
        }
        quantities.forEach((line, sold) -> lowStock.afterSale(line.productId(), line.variantId(), sold));
    }

    private static OutOfStockException.Shortage shortage(Product p, LineKey line, int wanted) {
        if (line.variantId() == null) {
            return new OutOfStockException.Shortage(p.id(), p.titleTh(), wanted, p.stock());
        }
        Variant v = p.variant(line.variantId()).orElseThrow();
        return new OutOfStockException.Shortage(p.id(), p.titleTh() + " (" + v.nameTh() + ")", wanted, v.stock());
    }
}
