package th.otop.sellerportal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;
import th.otop.catalog.community.ProgrammeNotFoundException;
import th.otop.catalog.fundmanager.FundNotFoundException;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.orders.complaint.ComplaintNotFoundException;
import th.otop.orders.order.IllegalTransitionException;
import th.otop.orders.order.OrderNotFoundException;
import th.otop.orders.wholesale.PurchaseOrderNotFoundException;
import th.otop.webkit.error.ErrorPage;

/**
 * Another producer's product, order or complaint, another fund's outlet, invoice or statement, or none: the same 404 page as an unknown address (the web kit's
 * {@code th.otop.webkit.error}), so nobody learns what exists. An order action its state
 * does not allow (accepted twice, shipped before packing): 409 with the reason in the member's language.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING) // the page's model processors (the notification badge) read the database
class ErrorPages {
    private final HttpLocaleResolver locales;
    private final ErrorPage page;

    ErrorPages(HttpLocaleResolver locales, ErrorPage page) {
        this.locales = locales;
        this.page = page;
    }

    @Error(global = true, exception = ProductNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> productNotFound(HttpRequest<?> request) {
        return notFound(request);
    }

    @Error(global = true, exception = OrderNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> orderNotFound(HttpRequest<?> request) {
        return notFound(request);
    }

    @Error(global = true, exception = PurchaseOrderNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> supplierOrderNotFound(HttpRequest<?> request) {
        return notFound(request);
    }

    @Error(global = true, exception = FundNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> fundNotFound(HttpRequest<?> request) {
        return notFound(request);
    }

    @Error(global = true, exception = ProgrammeNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> programmeNotFound(HttpRequest<?> request) {
        return notFound(request);
    }

    @Error(global = true, exception = ComplaintNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> complaintNotFound(HttpRequest<?> request) {
        return notFound(request);
    }

    @Error(global = true, exception = IllegalTransitionException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> illegalTransition(HttpRequest<?> request, IllegalTransitionException e) {
        String message = "th".equals(locales.resolveOrDefault(request).getLanguage()) ? e.messageTh() : e.messageEn();
        return html(request)
                ? HttpResponse.status(HttpStatus.CONFLICT)
                        .body(new ModelAndView<>("error/conflict", Map.of("message", message, "back", back(request))))
                : HttpResponse.status(HttpStatus.CONFLICT).body(Map.of("error", message));
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.NOT_FOUND);
    }

    private static boolean html(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    /** The page the action was posted from: the order itself ({@code /orders/<id>/ship} goes back to the order). */
    private static String back(HttpRequest<?> request) {
        String path = request.getPath();
        return path.matches("/orders/[A-Za-z0-9_-]+/[a-z-]+") ? path.substring(0, path.lastIndexOf('/')) : "/orders";
    }

    @Error(global = true, exception = Shop.NoShopYetException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> noShopYet() {
        return HttpResponse.seeOther(URI.create("/shop"));
    }
}
