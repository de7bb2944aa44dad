package th.otop.sellerportal.complaint;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;
import th.otop.catalog.account.Role;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.sellerportal.web.Shop;
import th.otop.webkit.security.SignedIn;

/** The complaints routed to the signed-in member's shop, newest first; only this shop's. */
@Produces(MediaType.TEXT_HTML)
@Controller("/complaints")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProducerComplaintsController {
    private final Complaints complaints;
    private final Shop shop;

    ProducerComplaintsController(Complaints complaints, Shop shop) {
        this.complaints = complaints;
        this.shop = shop;
    }

    @Get
    @View("complaint/list")
    Map<String, Object> list(Authentication authentication) {
        Party producer = new Party(SignedIn.account(authentication).id(), Role.PRODUCER, shop.id(authentication));
        return Map.of("complaints", complaints.visibleTo(producer));
    }
}
