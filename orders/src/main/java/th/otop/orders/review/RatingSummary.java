package th.otop.orders.review;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** The average and the count per star (1-5) of visible reviews. */
@Serdeable
public record RatingSummary(double average, long count, Map<Integer, Long> distribution) {}
