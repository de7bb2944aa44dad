package th.otop.orders.checkout;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.stock.Stock;
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
     * In product id order, so two checkouts sharing products always lock them in the same order (no deadlocks). A short
     * line does not stop the others from being tried, so the buyer hears of every short line at once.
     *
     * @throws OutOfStockException naming the short lines
     */
    void reserveAll(Map<ProductId, Integer> quantities, Map<ProductId, Product> products, String reference) {
        List<OutOfStockException.Shortage> shortages = new ArrayList<>();
        quantities.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getKey().value()))
                .forEach(e -> {
                    if (!stock.reserve(e.getKey(), e.getValue(), reference)) {
                        Product p = products.get(e.getKey());
                        shortages.add(new OutOfStockException.Shortage(p.id(), p.titleTh(), e.getValue(), p.stock()));
                    }
                });
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(shortages);
        }
        quantities.forEach(lowStock::afterSale);
    }
}
