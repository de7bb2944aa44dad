package th.otop.webkit.error;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The answer to a refused or failed request: the page {@code error/status} in the layout, titled and explained by
 * {@code error.<status>.*} in {@code i18n/common*.properties}; clients that ask for JSON (and the JSON API) get
 * {@code {"status", "error"}} with the same text. The page is rendered here, not by the views filter, because the
 * responses of exception handlers and filters do not pass that filter.
 */
@Singleton
public class ErrorPage {
    static final String VIEW = "error/status";

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    ErrorPage(
            ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer,
            MessageSource messages,
            HttpLocaleResolver locales) {
        this.renderer = renderer;
        this.messages = messages;
        this.locales = locales;
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status) {
        return respond(request, status, Map.of());
    }

    /**
     * The page for {@code status}; {@code model} adds what the page explains (e.g. {@code detail}, a text that
     * replaces the standard lead, or {@code needed}, the roles a refused page is for).
     */
    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, Map<String, Object> model) {
        return respond(request, status, VIEW, model);
    }

    /** Like {@link #respond(HttpRequest, HttpStatus, Map)}, with a page of its own in the layout. */
    public MutableHttpResponse<?> respond(
            HttpRequest<?> request, HttpStatus status, String view, Map<String, Object> model) {
        if (wantsJson(request)) {
            Object detail = model.get("detail");
            String text = detail != null ? detail.toString() : lead(request, status);
            return HttpResponse.status(status)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("status", status.getCode(), "error", text));
        }
        return HttpResponse.status(status)
                .body(html(request, status.getCode(), view, model))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }

    /** The page for {@code status} as text, for answers the framework writes itself (see {@link FrameworkErrorBodies}). */
    String html(HttpRequest<?> request, int status, String view, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("status", status);
        full.put("heading", text(request, key(request, status) + ".title"));
        full.putIfAbsent("detail", lead(request, status));
        return renderer.render(new ModelAndView<>(view, full), request, MediaType.TEXT_HTML)
                .map(ErrorPage::written)
                .orElseGet(() -> full.get("detail").toString());
    }

    /** The standard explanation of {@code status} in the reader's language. */
    public String lead(HttpRequest<?> request, HttpStatus status) {
        return lead(request, status.getCode());
    }

    private String lead(HttpRequest<?> request, int status) {
        return text(request, key(request, status) + ".lead");
    }

    /** {@code error.<status>} when the bundles explain that status, else the general {@code error.other}. */
    private String key(HttpRequest<?> request, int status) {
        String key = "error." + status;
        return messages.getMessage(key + ".title", locales.resolveOrDefault(request))
                        .isPresent()
                ? key
                : "error.other";
    }

    private static String written(Writable writable) {
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text of the bundles in the reader's language. */
    public String text(HttpRequest<?> request, String key) {
        return messages.getMessage(key, locales.resolveOrDefault(request)).orElse(key);
    }

    /** JSON for the API and for scripts that ask only for JSON; a browser (which accepts HTML or anything) gets the page. */
    public static boolean wantsJson(@Nullable HttpRequest<?> request) {
        if (request == null) {
            return false;
        }
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        var accept = request.accept();
        return !accept.isEmpty()
                && accept.stream().noneMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE) || "*".equals(t.getType()))
                && accept.stream().anyMatch(t -> t.getSubtype().endsWith("json"));
    }
}
