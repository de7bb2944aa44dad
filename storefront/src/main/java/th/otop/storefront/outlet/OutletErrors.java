package th.otop.storefront.outlet;

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
import java.net.URI;
import java.util.Map;
import th.otop.orders.wholesale.PurchaseOrderNotFoundException;

/**
 * Another outlet's purchase order (or none) answers 404 exactly as an unknown one does; an unverified outlet's pages go
 * back to its dashboard, which says why, and its API calls get 403.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
// error pages render the shared layout, which reads the signed-in account from the database
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletErrors {
    @Error(exception = PurchaseOrderNotFoundException.class, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (isApi(request)) {
            return HttpResponse.notFound(Map.of("status", 404, "error", "Not Found"))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store")
                .body(new ModelAndView<>("error/not-found", Map.of("status", 404)));
    }

    @Error(exception = OutletNotVerifiedException.class, global = true)
    HttpResponse<?> notVerified(HttpRequest<?> request) {
        if (isApi(request)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of(
                            "status",
                            403,
                            "error",
                            "The outlet is not verified by a CDD officer yet",
                            "errorTh",
                            "ร้านยังไม่ได้รับการตรวจสอบจากเจ้าหน้าที่ พช."));
        }
        return HttpResponse.seeOther(URI.create("/outlet"));
    }

    static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/");
    }
}
