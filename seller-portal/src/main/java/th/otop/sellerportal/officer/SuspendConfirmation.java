package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;

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
     * The page's model: whom it suspends, where the confirmed form posts, where "go back" leads, and the message keys of
     * the consequences and of the reason's label.
     */
    static Map<String, Object> model(
            String name, String action, String back, String consequence, String reasonLabel, @Nullable String note) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("action", action);
        model.put("back", back);
        model.put("consequence", consequence);
        model.put("reasonLabel", reasonLabel);
        model.put("note", note == null ? "" : note);
        return model;
    }
}
