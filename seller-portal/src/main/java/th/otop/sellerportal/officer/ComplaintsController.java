package th.otop.sellerportal.officer;

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
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.OfficerComplaintHandling;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderNotFoundException;
import th.otop.sellerportal.fulfilment.RefundForm;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * The officers' complaints inbox: escalated complaints (a missed first-reply or resolution target) first,
 * then by the nearest target. An officer answers in the thread or marks a complaint resolved.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/complaints")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintsController {
    private final Complaints complaints;
    private final OfficerComplaintHandling handling;
    private final Producers producers;
    private final HttpLocaleResolver locales;

    ComplaintsController(
            Complaints complaints, OfficerComplaintHandling handling, Producers producers, HttpLocaleResolver locales) {
        this.complaints = complaints;
        this.handling = handling;
        this.producers = producers;
        this.locales = locales;
    }

    @Get
    @View("officer/complaints")
    Map<String, Object> inbox(Authentication authentication) {
        List<Complaint> all = complaints.visibleTo(Officer.party(authentication));
        Map<String, Object> model = new HashMap<>();
        model.put("open", ComplaintInbox.open(all));
        model.put("settled", ComplaintInbox.settled(all, 30));
        return model;
    }

    @Get("/{complaint}")
    @View("officer/complaint")
    Map<String, Object> show(Authentication authentication, @PathVariable String complaint) {
        return model(authentication, complaints.find(Officer.party(authentication), complaint), Map.of());
    }

    @Post("/{complaint}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String complaint,
            @Body Map<String, String> form) {
        try {
            handling.reply(Officer.party(authentication), complaint, Forms.value(form, "body"));
            return HttpResponse.seeOther(URI.create("/officer/complaints/" + complaint));
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
            handling.resolve(Officer.party(authentication), complaint);
            return HttpResponse.seeOther(URI.create("/officer/complaints/" + complaint));
        } catch (InvalidInputException e) {
            return invalid(request, authentication, complaint, form, e);
        }
    }

    /** Money back to the complainant from the order the complaint is about; written to the thread and the audit log. */
    @Post("/{complaint}/refund")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> refund(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String complaint,
            @Body Map<String, String> form) {
        Party officer = Officer.party(authentication);
        Order order = handling.orderOf(officer, complaint).orElseThrow(() -> new OrderNotFoundException(complaint));
        try {
            handling.refund(officer, complaint, RefundForm.read(order, form));
            return HttpResponse.seeOther(URI.create("/officer/complaints/" + complaint));
        } catch (InvalidInputException e) {
            return invalid(request, authentication, complaint, form, e);
        }
    }

    private HttpResponse<?> invalid(
            HttpRequest<?> request,
            Authentication authentication,
            String complaint,
            Map<String, String> form,
            InvalidInputException e) {
        return Forms.invalid(
                "officer/complaint",
                model(authentication, complaints.find(Officer.party(authentication), complaint), form),
                e.errors(),
                locales.resolveOrDefault(request));
    }

    private Map<String, Object> model(Authentication authentication, Complaint complaint, Map<String, String> form) {
        Optional<Producer> producer =
                Optional.ofNullable(complaint.producerId()).flatMap(id -> producers.find(new ProducerId(id)));
        Map<String, Object> model = new HashMap<>();
        model.put("complaint", complaint);
        model.put("producer", producer.orElse(null));
        model.put("settled", ComplaintInbox.isSettled(complaint));
        model.put(
                "refundOrder",
                handling.orderOf(Officer.party(authentication), complaint.publicId())
                        .filter(Order::isRefundable)
                        .orElse(null));
        model.put("form", form);
        return model;
    }
}
