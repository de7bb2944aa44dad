package th.otop.catalog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottlePolicyTest {
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aFewFailuresAreFreeThenEachTryWaitsTwiceAsLong() {
        Instant last = START.plusSeconds(60);
        assertEquals(0, SignIns.waitSeconds(row(4, last), 1, last), "four failures cost nothing");
        assertEquals(1, SignIns.waitSeconds(row(5, last), 1, last));
        assertEquals(2, SignIns.waitSeconds(row(6, last), 1, last));
        assertEquals(8, SignIns.waitSeconds(row(8, last), 1, last));
        assertEquals(0, SignIns.waitSeconds(row(8, last), 1, last.plusSeconds(8)), "the wait is over");
        assertEquals(300, SignIns.waitSeconds(row(19, last), 1, last), "at most five minutes");
    }

    @Test
    void manyFailuresInAnHourWaitForTheHoursEndAndAnAddressIsAllowedMore() {
        Instant last = START.plusSeconds(600);
        assertEquals(3_000, SignIns.waitSeconds(row(20, last), 1, last), "until the hour since the first is over");
        assertEquals(0, SignIns.waitSeconds(row(20, last), 1, START.plusSeconds(3_600)), "a new hour");
        assertEquals(0, SignIns.waitSeconds(row(20, last), SignIns.ADDRESS_FACTOR, last), "an address: 25 are free");
        assertEquals(3_000, SignIns.waitSeconds(row(100, last), SignIns.ADDRESS_FACTOR, last));
    }

    private static SignInThrottleRow row(int failures, Instant last) {
        return new SignInThrottleRow("login:x", failures, START, last);
    }
}
