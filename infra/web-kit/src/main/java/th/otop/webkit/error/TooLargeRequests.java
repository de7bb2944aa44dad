package th.otop.webkit.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A body over {@code micronaut.server.max-request-size}, or a file part over {@code multipart.max-file-size}: our
 * 413 page (or JSON for the upload script) instead of the framework's English "Request Entity Too Large".
 */
@Singleton
@Produces
@Replaces(ContentLengthExceededHandler.class)
class TooLargeRequests implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {
    private final ErrorPage page;

    TooLargeRequests(ErrorPage page) {
        this.page = page;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
        return page.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }
}
