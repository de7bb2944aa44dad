package th.otop.sellerportal.complaint;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.account.Role;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.ComplaintStatus;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;
import th.otop.webkit.security.SignedIn;

/**
 * The complaints routed to the signed-in member's shop, newest first, and each one's thread: the shop answers (the
 * complaint then waits for the complainant) and marks it resolved. Another shop's complaint answers 404.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/complaints")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProducerComplaintsController {
    private final Complaints complaints;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    ProducerComplaintsController(Complaints complaints, Shop shop, HttpLocaleResolver locales) {
        this.complaints = complaints;
        this.shop = shop;
        this.locales = locales;
    }

    @Get
    @View("complaint/list")
    Map<String, Object> list(Authentication authentication) {
        return Map.of("complaints", complaints.visibleTo(party(authentication)));
    }

    @Get("/{complaint}")
    @View("complaint/show")
    Map<String, Object> show(Authentication authentication, @PathVariable String complaint) {
        return model(complaints.find(party(authentication), complaint), Map.of());
    }

    @Post("/{complaint}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String complaint,
            @Body Map<String, String> form) {
        try {
            complaints.reply(party(authentication), complaint, Forms.value(form, "body"), null);
            return HttpResponse.seeOther(URI.create("/complaints/" + complaint));
        } catch (InvalidInputException e) {
            return invalid(request, authentication, complaint, form, e);
        }
    }

    @Post("/{complaint}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resolve(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String complaint,
            @Body Map<String, String> form) {
        try {
            complaints.resolve(party(authentication), complaint);
            return HttpResponse.seeOther(URI.create("/complaints/" + complaint));
        } catch (InvalidInputException e) {
            return invalid(request, authentication, complaint, form, e);
        }
    }

    private Party party(Authentication authentication) {
        return new Party(SignedIn.account(authentication).id(), Role.PRODUCER, shop.id(authentication));
    }

    private HttpResponse<?> invalid(
            HttpRequest<?> request,
            Authentication authentication,
            String complaint,
            Map<String, String> form,
            InvalidInputException e) {
        return Forms.invalid(
                "complaint/show",
                model(complaints.find(party(authentication), complaint), form),
                e.errors(),
                locales.resolveOrDefault(request));
    }

    private static Map<String, Object> model(Complaint complaint, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("complaint", complaint);
        model.put("producer", null);
        model.put(
                "settled",
                complaint.status() == ComplaintStatus.RESOLVED || complaint.status() == ComplaintStatus.CLOSED);
        model.put("form", form);
        return model;
    }
}
