package th.otop.catalog.reference;

import java.util.List;
import th.otop.catalog.validation.FieldError;

/** What one line did (or would do, in a preview), or why it was refused. */
public record LineOutcome(long line, String key, Change change, List<FieldError> errors) {
    public enum Change {
        ADDED,
        UPDATED,
        UNCHANGED,
        REMOVED,
        REFUSED
    }

    public boolean refused() {
        return change == Change.REFUSED;
    }
}
