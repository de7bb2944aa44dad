package th.otop.webkit.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The page a browser gets for an error the framework answers before any route runs (a body over the size limit, a
 * header it cannot read): our page in the layout and the reader's language, not Micronaut's English one.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class FrameworkErrorBodies implements HtmlErrorResponseBodyProvider {
    private final ErrorPage page;

    FrameworkErrorBodies(ErrorPage page) {
        this.page = page;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        return page.html(context.getRequest(), response.code(), ErrorPage.VIEW, Map.of());
    }
}
