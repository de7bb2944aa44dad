package th.otop.catalog.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input, so the user sees them all at once, not one per try. */
public final class Checks {
    private final List<FieldError> errors = new ArrayList<>();

    public Checks require(boolean ok, String field, String messageTh, String messageEn) {
        if (!ok) {
            errors.add(new FieldError(field, messageTh, messageEn));
        }
        return this;
    }

    public Checks notBlank(String value, String field, String nameTh, String nameEn) {
        return require(value != null && !value.isBlank(), field, "กรุณากรอก" + nameTh, nameEn + " is required");
    }

    public Checks maxLength(String value, int max, String field, String nameTh, String nameEn) {
        return require(
                value == null || value.length() <= max,
                field,
                nameTh + "ยาวได้ไม่เกิน " + max + " ตัวอักษร",
                nameEn + " must be at most " + max + " characters");
    }

    public Checks range(long value, long min, long max, String field, String nameTh, String nameEn) {
        return require(
                value >= min && value <= max,
                field,
                nameTh + "ต้องอยู่ระหว่าง " + min + " ถึง " + max,
                nameEn + " must be between " + min + " and " + max);
    }

    /** The broken rules so far, for a form that adds them to its own (e.g. fields it could not read). */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws when any rule was broken. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
