package th.otop.storefront.complaint;

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
import th.otop.orders.complaint.ComplaintNotFoundException;

/** Someone else's complaint answers exactly as one that does not exist: 404. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
// the page renders the shared layout, which reads the signed-in account from the database
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintErrors {
    @Error(exception = ComplaintNotFoundException.class, global = true)
    HttpResponse<?> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store")
                .body(new ModelAndView<>("error/not-found", Map.of("status", 404)));
    }
}
