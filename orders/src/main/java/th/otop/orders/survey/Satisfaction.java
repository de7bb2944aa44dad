package th.otop.orders.survey;

import io.micronaut.serde.annotation.Serdeable;

/** Average score and response counts of one segment; {@code returning} splits new from returning customers. */
@Serdeable
public record Satisfaction(Segment segment, boolean returning, long invited, long answered, double averageScore) {}
