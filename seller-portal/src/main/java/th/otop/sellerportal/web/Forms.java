package th.otop.sellerportal.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.validation.FieldError;

/** Shows a form again with what was typed and one message per field, in the user's language. */
public final class Forms {
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

    public static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
