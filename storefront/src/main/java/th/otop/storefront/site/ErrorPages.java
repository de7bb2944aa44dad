package th.otop.storefront.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/**
 * Friendly "not found" and "something went wrong" pages in the reader's language, with a way back to search; the
 * JSON API and clients that ask for JSON get a small JSON body instead.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
// error pages render the shared layout, which reads the signed-in account from the database
@ExecuteOn(TaskExecutors.BLOCKING)
class ErrorPages {
    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "error/not-found");
    }

    @Error(exception = PageNotFoundException.class, global = true)
    HttpResponse<?> missing() {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store")
                .body(new ModelAndView<>("error/not-found", Map.of("status", 404)));
    }

    @Error(status = HttpStatus.INTERNAL_SERVER_ERROR, global = true)
    HttpResponse<?> serverError(HttpRequest<?> request) {
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "error/server-error");
    }

    static HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String view) {
        if (wantsJson(request)) {
            return HttpResponse.status(status)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("status", status.getCode(), "error", status.getReason()));
        }
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store")
                .body(new ModelAndView<>(view, Map.of("status", status.getCode())));
    }

    private static boolean wantsJson(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        var accept = request.accept();
        return !accept.isEmpty()
                && accept.stream().noneMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE) || "*".equals(t.getType()))
                && accept.stream().anyMatch(t -> t.getSubtype().endsWith("json"));
    }
}
