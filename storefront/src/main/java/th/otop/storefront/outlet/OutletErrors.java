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
import java.net.URI;
import java.util.Map;

/**
 * An unverified outlet's pages go back to its dashboard, which says why, and its API calls get 403. (Another outlet's
 * purchase order answers 404 as an unknown one does: {@code site.ErrorPages}.)
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
// error pages render the shared layout, which reads the signed-in account from the database
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletErrors {
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
