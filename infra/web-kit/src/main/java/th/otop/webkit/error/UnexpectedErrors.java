package th.otop.webkit.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure no more specific handler takes (Micronaut's own handlers for bad requests, sign-in and so on are closer
 * matches and still apply): logged in full, answered with the 500 page and never with the exception's text.
 */
@Singleton
@Produces
class UnexpectedErrors implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final ErrorPage page;

    UnexpectedErrors(ErrorPage page) {
        this.page = page;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
        return page.respond(request, HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
