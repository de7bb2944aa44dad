package th.otop.orders.checkout;

import java.util.List;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/** Some lines could not be reserved; nothing was reserved or saved. Names each short line. */
public class OutOfStockException extends InvalidInputException {
    private final transient List<Shortage> shortages;

    public record Shortage(ProductId productId, String title, int wanted, int available) {}

    public OutOfStockException(List<Shortage> shortages) {
        super(shortages.stream()
                .map(s -> new FieldError(
                        "product." + s.productId().value(),
                        s.available() <= 0
                                ? "\"" + s.title() + "\" หมดแล้ว"
                                : "\"" + s.title() + "\" เหลือเพียง " + s.available() + " ชิ้น",
                        s.available() <= 0
                                ? "\"" + s.title() + "\" is out of stock"
                                : "Only " + s.available() + " of \"" + s.title() + "\" left"))
                .toList());
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
