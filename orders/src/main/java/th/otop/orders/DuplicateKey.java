package th.otop.orders;

import java.sql.SQLException;

/**
 * Recognises MySQL's and MariaDB's "duplicate entry" error under the wrappers Micronaut Data puts around it. Inserting
 * against a unique key and catching this is how concurrent requests agree on one winner without locks held in Java.
 */
public final class DuplicateKey {
    private static final int ER_DUP_ENTRY = 1062;

    private DuplicateKey() {}

    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
