package th.otop.storefront.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import th.otop.orders.complaint.ComplaintNotFoundException;
import th.otop.orders.wholesale.PurchaseOrderNotFoundException;
import th.otop.webkit.error.ErrorPage;

/**
 * A page a controller finds missing (a hidden product, an unknown shop, someone else's order or complaint) is the same
 * 404 as an unknown address, so nobody learns what exists; the
 * status pages themselves are the web kit's ({@code th.otop.webkit.error}), with a search box here
 * ({@code views/error/more.html}).
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
// error pages render the shared layout, which reads the signed-in account from the database
@ExecuteOn(TaskExecutors.BLOCKING)
class ErrorPages {
    private final ErrorPage page;

    ErrorPages(ErrorPage page) {
        this.page = page;
    }

    @Error(exception = PageNotFoundException.class, global = true)
    HttpResponse<?> missing(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.NOT_FOUND);
    }

    /** Another outlet's purchase order, or none. */
    @Error(exception = PurchaseOrderNotFoundException.class, global = true)
    HttpResponse<?> purchaseOrderNotFound(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.NOT_FOUND);
    }

    /** Someone else's complaint, or none. */
    @Error(exception = ComplaintNotFoundException.class, global = true)
    HttpResponse<?> complaintNotFound(HttpRequest<?> request) {
        return page.respond(request, HttpStatus.NOT_FOUND);
    }
}
