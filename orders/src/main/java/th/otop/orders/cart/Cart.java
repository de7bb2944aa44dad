package th.otop.orders.cart;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.otop.catalog.producer.ProducerId;

/** A buyer's open cart, priced from the catalog when it was read. The id goes into the checkout form. */
@Serdeable
public record Cart(CartId id, List<CartLine> lines) {

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public long itemsSatang() {
        return lines.stream().mapToLong(CartLine::lineSatang).sum();
    }

    /** The lines by producer, in the order they were added: each producer becomes an order of its own. */
    public Map<ProducerId, List<CartLine>> byProducer() {
        return lines.stream()
                .collect(Collectors.groupingBy(CartLine::producerId, LinkedHashMap::new, Collectors.toList()));
    }
}
