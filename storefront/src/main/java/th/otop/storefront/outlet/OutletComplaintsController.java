package th.otop.storefront.outlet;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.webkit.security.Roles;

/** The outlet's complaints, such as those its receiving reports opened; every member of the outlet sees them. */
@Secured(Roles.OUTLET)
@Produces(MediaType.TEXT_HTML)
@Controller("/outlet/complaints")
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletComplaintsController {
    private final OutletAccess access;
    private final Complaints complaints;

    OutletComplaintsController(OutletAccess access, Complaints complaints) {
        this.access = access;
        this.complaints = complaints;
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        Party party = Party.outlet(access.member(authentication));
        return HttpResponse.ok(
                        new ModelAndView<>("outlet/complaints", Map.of("complaints", complaints.visibleTo(party))))
                .header("Cache-Control", "no-store");
    }
}
