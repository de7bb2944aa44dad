package th.otop.catalog.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; nothing was saved. The apps answer it with 400/422 and the field errors. */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageEn()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
