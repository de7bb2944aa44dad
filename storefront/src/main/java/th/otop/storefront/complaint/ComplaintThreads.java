package th.otop.storefront.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintStatus;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.storefront.photo.UploadedPhotos;

/**
 * The complaint pages consumers and outlets share: the list, the form that opens one (with an evidence photo), the
 * thread with its targets, a reply and closing with a rating once resolved. {@code base} is where the pages live
 * ({@code /complaints} or {@code /outlet/complaints}); a complaint the party is not party to answers 404.
 */
@Singleton
public class ComplaintThreads {
    private final Complaints complaints;
    private final UploadedPhotos photos;

    ComplaintThreads(Complaints complaints, UploadedPhotos photos) {
        this.complaints = complaints;
        this.photos = photos;
    }

    public HttpResponse<?> list(Party party, String base) {
        Map<String, Object> model = chrome(base);
        model.put("complaints", complaints.visibleTo(party));
        return page("complaint/list", model, HttpStatus.OK);
    }

    public HttpResponse<?> form(ComplaintTarget target, String base, Locale locale) {
        return newForm(target, base, Map.of(), List.of(), locale, HttpStatus.OK);
    }

    public HttpResponse<?> open(
            Party party,
            ComplaintTarget target,
            String base,
            Map<String, String> form,
            @Nullable CompletedFileUpload photo,
            Locale locale) {
        String photoKey = null;
        try {
            ComplaintCategory category = category(form.get("category"));
            photoKey = photos.store(photo, "complaints/" + party.accountId());
            String id = complaints.open(
                    party,
                    target.subject(),
                    target.ref(),
                    target.producer(),
                    category,
                    strip(form.get("body")),
                    photoKey);
            return HttpResponse.seeOther(URI.create(base + "/" + id));
        } catch (InvalidInputException e) {
            photos.discard(photoKey);
            return newForm(target, base, form, e.errors(), locale, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    public HttpResponse<?> thread(Party party, String publicId, String base, Locale locale) {
        return thread(party, publicId, base, Map.of(), List.of(), locale, HttpStatus.OK);
    }

    public HttpResponse<?> reply(
            Party party,
            String publicId,
            String base,
            Map<String, String> form,
            @Nullable CompletedFileUpload photo,
            Locale locale) {
        complaints.find(party, publicId);
        String photoKey = null;
        try {
            photoKey = photos.store(photo, "complaints/" + party.accountId());
            complaints.reply(party, publicId, strip(form.get("body")), photoKey);
            return HttpResponse.seeOther(URI.create(base + "/" + publicId));
        } catch (InvalidInputException e) {
            photos.discard(photoKey);
            return thread(party, publicId, base, form, e.errors(), locale, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    public HttpResponse<?> close(Party party, String publicId, String base, Map<String, String> form, Locale locale) {
        try {
            complaints.close(party, publicId, rating(form.get("satisfaction")));
            return HttpResponse.seeOther(URI.create(base + "/" + publicId));
        } catch (InvalidInputException e) {
            return thread(party, publicId, base, form, e.errors(), locale, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> thread(
            Party party,
            String publicId,
            String base,
            Map<String, String> form,
            List<FieldError> errors,
            Locale locale,
            HttpStatus status) {
        Complaint complaint = complaints.find(party, publicId);
        Map<String, Object> model = chrome(base);
        model.put("complaint", complaint);
        model.put("closable", complaint.status() == ComplaintStatus.RESOLVED);
        model.put("open", complaint.status() != ComplaintStatus.CLOSED);
        model.put("form", form);
        model.put("errors", byField(errors, locale));
        return page("complaint/thread", model, status);
    }

    private HttpResponse<?> newForm(
            ComplaintTarget target,
            String base,
            Map<String, String> form,
            List<FieldError> errors,
            Locale locale,
            HttpStatus status) {
        Map<String, Object> model = chrome(base);
        model.put("target", target);
        model.put("about", target.label(locale));
        model.put("categories", ComplaintCategory.values());
        model.put("form", form);
        model.put("errors", byField(errors, locale));
        return page("complaint/new", model, status);
    }

    private static Map<String, Object> chrome(String base) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("base", base);
        model.put("outlet", base.startsWith("/outlet"));
        return model;
    }

    private static HttpResponse<?> page(String view, Map<String, Object> model, HttpStatus status) {
        return HttpResponse.status(status).body(new ModelAndView<>(view, model)).header("Cache-Control", "no-store");
    }

    private static Map<String, String> byField(List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(locale), (a, b) -> a + " " + b));
        return byField;
    }

    @Nullable
    private static ComplaintCategory category(@Nullable String value) {
        for (ComplaintCategory c : ComplaintCategory.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }

    private static int rating(@Nullable String value) {
        return value != null && value.strip().matches("[1-5]") ? Integer.parseInt(value.strip()) : 0;
    }

    @Nullable
    private static String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
