package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.validation.FieldError;
import th.otop.sellerportal.web.Forms;

/**
 * The step between an officer's "suspend" and the suspension, for producers and outlets alike: a page of its own with
 * the reason to give and the consequences, so a mis-tap suspends nothing, and it works without JavaScript. A post
 * without the page's confirmation shows the page.
 */
final class SuspendConfirmation {
    static final String VIEW = "officer/suspend";

    private SuspendConfirmation() {}

    static boolean given(Map<String, String> form) {
        return "yes".equals(form.get("confirmed"));
    }

    /**
     * The page: whom it suspends, where the confirmed form posts, where "go back" leads, and the message keys of the
     * consequences and of the reason's label.
     */
    static ModelAndView<Map<String, Object>> page(
            String name, String action, String back, String consequence, String reasonLabel, @Nullable String note) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("action", action);
        model.put("back", back);
        model.put("consequence", consequence);
        model.put("reasonLabel", reasonLabel);
        model.put("note", note == null ? "" : note);
        return new ModelAndView<>(VIEW, model);
    }

    /** The page again with what was wrong (a missing reason), nothing saved. */
    static HttpResponse<?> refused(ModelAndView<Map<String, Object>> page, List<FieldError> errors, Locale locale) {
        return Forms.invalid(VIEW, page.getModel().orElseThrow(), errors, locale);
    }
}
