package th.otop.catalog.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The failed sign-ins of one key in its current hour. */
@MappedEntity("sign_in_throttle")
record SignInThrottleRow(@Id String throttleKey, int failures, Instant windowStartedAt, Instant lastFailedAt) {}
