package th.otop.sellerportal.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.validation.FieldError;

/** Shows a form again with what was typed and one message per field, in the user's language. */
public final class Forms {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private Forms() {}

    public static Map<String, String> messages(List<FieldError> errors, Locale locale) {
        Map<String, String> messages = new HashMap<>();
        errors.forEach(error -> messages.merge(error.field(), error.message(locale), (a, b) -> a + " " + b));
        return messages;
    }

    public static HttpResponse<ModelAndView<Map<String, Object>>> invalid(
            String view, Map<String, Object> model, List<FieldError> errors, Locale locale) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("errors", messages(errors, locale));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>(view, full));
    }

    /**
     * Every broken Bean Validation rule of a form record, each in Thai and English from the bundles: a constraint's
     * {@code message} is a bundle key in braces, e.g. {@code "{fund.line.limit.number}"}.
     */
    public static <T> List<FieldError> violations(Validator validator, MessageSource messages, T form) {
        Set<ConstraintViolation<T>> found = validator.validate(form);
        return found.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> {
                    String key = v.getMessageTemplate().replaceAll("^\\{|\\}$", "");
                    return new FieldError(
                            v.getPropertyPath().toString(),
                            messages.getMessage(key, THAI).orElse(key),
                            messages.getMessage(key, Locale.ENGLISH).orElse(key));
                })
                .toList();
    }

    public static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
