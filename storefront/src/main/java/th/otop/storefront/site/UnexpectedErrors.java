package th.otop.storefront.site;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure no more specific handler takes (Micronaut's own handlers for bad requests, sign-in and so on are closer
 * matches and still apply): logged in full, answered with the friendly error page and never with the exception's text.
 * The page is rendered here because responses of exception handlers do not pass the views filter.
 */
@Singleton
@Produces
class UnexpectedErrors implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final String VIEW = "error/server-error";

    private final ViewsRendererLocator renderers;

    UnexpectedErrors(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
        HttpResponse<?> page = ErrorPages.page(request, HttpStatus.INTERNAL_SERVER_ERROR, VIEW);
        if (!page.getContentType().map(MediaType.TEXT_HTML_TYPE::equals).orElse(false)) {
            return page;
        }
        Map<String, Object> model = Map.of("status", 500);
        Optional<ViewsRenderer> renderer = renderers.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, model);
        if (renderer.isEmpty()) {
            return page;
        }
        Writable html = renderer.get().render(VIEW, model, request);
        return HttpResponse.serverError(html)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }
}
