package th.otop.webkit.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The framework's own refusals (no such page, wrong method, a body too large or of a type not taken) and failures as
 * our pages. A status route replaces any answer with its status, so none is declared for 400 and 422: those are the
 * forms' own answers, shown again with their messages.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
// the layout's model processors read the signed-in account and badges from the database
@ExecuteOn(TaskExecutors.BLOCKING)
class StatusPages {
    private final ErrorPage page;

    StatusPages(ErrorPage page) {
        this.page = page;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.NOT_FOUND);
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    @Error(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, global = true)
    HttpResponse<?> unsupported(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Error(status = HttpStatus.INTERNAL_SERVER_ERROR, global = true)
    HttpResponse<?> serverError(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
