package th.otop.catalog.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInThrottleRows extends GenericRepository<SignInThrottleRow, String> {
    List<SignInThrottleRow> findByThrottleKeyIn(List<String> keys);

    /** One more failure, counted in one statement so concurrent failures are never lost; an old hour starts anew. */
    @Query(
            value = "INSERT INTO sign_in_throttle (throttle_key, failures, window_started_at, last_failed_at) "
                    + "VALUES (:key, 1, :now, :now) ON DUPLICATE KEY UPDATE "
                    + "failures = IF(window_started_at < :hourAgo, 1, failures + 1), "
                    + "window_started_at = IF(window_started_at < :hourAgo, :now, window_started_at), "
                    + "last_failed_at = :now",
            nativeQuery = true)
    void countFailure(String key, Instant now, Instant hourAgo);

    void deleteByThrottleKey(String throttleKey);

    void deleteByWindowStartedAtLessThan(Instant start);
}
