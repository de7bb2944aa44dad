package th.otop.storefront.complaint;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.complaint.ComplaintSubject;

/**
 * What a new complaint is about, as the server resolved it from the page it was opened on (never from what the form
 * claims): the subject, its reference, the producer it goes to, a label for the page, and the fields that name it again
 * when the form is posted.
 */
public record ComplaintTarget(
        ComplaintSubject subject,
        @Nullable String ref,
        @Nullable ProducerId producer,
        String labelTh,
        String labelEn,
        Map<String, String> fields) {

    public static ComplaintTarget platform() {
        return new ComplaintTarget(
                ComplaintSubject.PLATFORM,
                null,
                null,
                "ระบบตลาดโอทอป",
                "The OTOP marketplace",
                Map.of("about", "platform"));
    }

    public String label(Locale locale) {
        return "th".equals(locale.getLanguage()) ? labelTh : labelEn;
    }
}
