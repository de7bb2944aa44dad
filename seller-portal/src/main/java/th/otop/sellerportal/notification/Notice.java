package th.otop.sellerportal.notification;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One thing the producer should know. {@code kind} picks the text ({@code notice.<kind>} with {@code subject} and
 * {@code detail}); {@code fresh} marks what appeared since the producer last opened the notifications.
 */
record Notice(String kind, String subject, @Nullable String detail, String href, @Nullable Instant at, boolean fresh) {}
