package th.otop.storefront.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.product.ProductChanges.Stamp;

class ProductPageChangesTest {
    private static final Instant NOON = Instant.parse("2026-11-24T05:00:00Z");

    @Test
    void aChangeNamedAgainWithTheSameStampIsDroppedOnlyOnce() {
        Map<String, Stamp> first = Map.of("silk", new Stamp(3, NOON));
        assertEquals(List.of("silk"), ProductPageChanges.newChanges(Map.of(), first));

        Map<String, Stamp> second = Map.of("silk", new Stamp(3, NOON), "chilli", new Stamp(8, NOON.plusMillis(400)));
        assertEquals(List.of("chilli"), ProductPageChanges.newChanges(first, second), "the silk's change is known");

        Map<String, Stamp> third =
                Map.of("silk", new Stamp(4, NOON.plusSeconds(1)), "chilli", new Stamp(8, NOON.plusMillis(400)));
        assertEquals(List.of("silk"), ProductPageChanges.newChanges(second, third), "a new write to the silk");

        // two writes stamped in the same millisecond still differ by version
        Map<String, Stamp> fourth = Map.of("silk", new Stamp(5, NOON.plusSeconds(1)));
        assertEquals(List.of("silk"), ProductPageChanges.newChanges(third, fourth));
    }
}
