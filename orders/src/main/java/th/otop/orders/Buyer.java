package th.otop.orders;

import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.validation.Checks;

/**
 * Whoever shops: a guest, known by the token of the app's signed cookie, or a signed-in consumer account. The key is
 * what carts and checkouts are stored under, so a buyer only ever reaches their own.
 */
@Serdeable
public record Buyer(String key) {
    private static final String GUEST = "guest:";
    private static final String ACCOUNT = "account:";

    public Buyer {
        if (key == null || !(key.startsWith(GUEST) || key.startsWith(ACCOUNT)) || key.length() > 80) {
            throw new IllegalArgumentException("not a buyer key: " + key);
        }
    }

    /** A guest by the random token the app keeps in a signed cookie. */
    public static Buyer guest(String token) {
        new Checks()
                .require(
                        token != null && token.matches("[A-Za-z0-9_-]{16,64}"),
                        "guest",
                        "รหัสตะกร้าสินค้าไม่ถูกต้อง",
                        "The cart token is not valid")
                .throwIfInvalid();
        return new Buyer(GUEST + token);
    }

    public static Buyer account(long accountId) {
        if (accountId <= 0) {
            throw new IllegalArgumentException("account ids are positive: " + accountId);
        }
        return new Buyer(ACCOUNT + accountId);
    }

    public boolean isGuest() {
        return key.startsWith(GUEST);
    }
}
