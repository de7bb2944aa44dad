package th.otop.catalog;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock that deadlines are computed with, so tests and reports can reason about time. */
@Factory
class Clocks {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
