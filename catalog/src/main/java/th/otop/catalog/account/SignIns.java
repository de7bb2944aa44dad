package th.otop.catalog.account;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in that resists guessing: failures are counted per login and per client address in the database, so every
 * instance of both apps sees them. After a few failures each try waits longer (1 s, 2 s, 4 s, ... up to 5 minutes);
 * after many in an hour the key waits for the hour's end. A throttled try does no bcrypt work, so a flood cannot pin
 * the CPU, and known and unknown logins are throttled alike. An address gets five times a login's allowance, since
 * a village may share one mobile network address.
 */
@Singleton
public class SignIns {
    static final int LOGIN_FREE_FAILURES = 5;
    static final int LOGIN_HOURLY_FAILURES = 20;
    static final int ADDRESS_FACTOR = 5;
    static final Duration WINDOW = Duration.ofHours(1);
    static final long LONGEST_DELAY_SECONDS = 300;

    private final Accounts accounts;
    private final SignInThrottleRows throttle;
    private final Clock clock;

    SignIns(Accounts accounts, SignInThrottleRows throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Transactional
    public SignInAttempt attempt(String login, String password, String clientAddress) {
        String loginKey = "login:" + Logins.normalise(login == null ? "" : login);
        String addressKey = "address:" + clientAddress;
        Instant now = clock.instant();
        long wait = 0;
        for (SignInThrottleRow row : throttle.findByThrottleKeyIn(List.of(loginKey, addressKey))) {
            int factor = row.throttleKey().equals(addressKey) ? ADDRESS_FACTOR : 1;
            wait = Math.max(wait, waitSeconds(row, factor, now));
        }
        if (wait > 0) {
            return new SignInAttempt(Optional.empty(), wait);
        }
        Optional<Account> account = accounts.authenticate(login, password);
        if (account.isPresent()) {
            throttle.deleteByThrottleKey(loginKey);
        } else {
            Instant hourAgo = now.minus(WINDOW);
            throttle.countFailure(loginKey, now, hourAgo);
            throttle.countFailure(addressKey, now, hourAgo);
        }
        return new SignInAttempt(account, 0);
    }

    /**
     * An hour after a key's first failure its count means nothing; without this sweep every login ever guessed would
     * keep its row.
     */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    @Transactional
    void forgetOldFailures() {
        throttle.deleteByWindowStartedAtLessThan(clock.instant().minus(WINDOW));
    }

    /** How long a key with these failures must wait at {@code now}; a key allowed {@code factor} times as many. */
    static long waitSeconds(SignInThrottleRow row, int factor, Instant now) {
        Instant windowEnd = row.windowStartedAt().plus(WINDOW);
        if (!now.isBefore(windowEnd)) {
            return 0;
        }
        if (row.failures() >= LOGIN_HOURLY_FAILURES * factor) {
            return Math.max(1, Duration.between(now, windowEnd).toSeconds());
        }
        int beyond = row.failures() - LOGIN_FREE_FAILURES * factor;
        if (beyond < 0) {
            return 0;
        }
        long delay = Math.min(LONGEST_DELAY_SECONDS, 1L << Math.min(beyond, 20));
        Instant allowed = row.lastFailedAt().plusSeconds(delay);
        return now.isBefore(allowed)
                ? Math.max(1, Duration.between(now, allowed).toSeconds())
                : 0;
    }
}
