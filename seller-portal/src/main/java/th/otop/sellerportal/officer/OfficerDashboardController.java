package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.PendingLinks;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.orders.complaint.Complaint;
import th.otop.orders.complaint.Complaints;
import th.otop.webkit.security.Roles;

/** The officer's first page: what waits for a decision, the complaints that are late, recent actions. */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficerDashboardController {
    /** A listing's public id, alone or in a storefront link ({@code https://.../p/{id}/{slug}}). */
    private static final Pattern LISTING_REF = Pattern.compile("(?:^|/p/)([2-9a-z]{12})(?:[/?#]|$)");

    private final Producers producers;
    private final Outlets outlets;
    private final PendingLinks links;
    private final Complaints complaints;
    private final AuditLog audit;
    private final Products products;
    private final AuditView auditView;

    OfficerDashboardController(
            Producers producers,
            Outlets outlets,
            PendingLinks links,
            Complaints complaints,
            AuditLog audit,
            Products products,
            AuditView auditView) {
        this.producers = producers;
        this.outlets = outlets;
        this.links = links;
        this.complaints = complaints;
        this.audit = audit;
        this.products = products;
        this.auditView = auditView;
    }

    @Get
    @View("officer/dashboard")
    Map<String, Object> dashboard(Authentication authentication) {
        return model(authentication, null);
    }

    /** Finds a published listing by its id or storefront link and opens it on its producer's page. */
    @Get("/listings")
    HttpResponse<?> findListing(Authentication authentication, @Nullable @QueryValue String ref) {
        Optional<Product> product = publicIdIn(ref).flatMap(products::findPublished);
        Optional<String> producer =
                product.flatMap(p -> producers.find(p.producerId())).map(p -> p.publicId());
        if (product.isEmpty() || producer.isEmpty()) {
            Map<String, Object> model = model(authentication, ref == null ? "" : ref);
            // the desk again with "not found" beside the box: a 404 would be answered by the generic 404 page
            return HttpResponse.ok(new ModelAndView<>("officer/dashboard", model));
        }
        return HttpResponse.seeOther(URI.create("/officer/producers/" + producer.get() + "#listing-"
                + product.get().publicId()));
    }

    private Map<String, Object> model(Authentication authentication, @Nullable String notFoundRef) {
        List<Complaint> open = ComplaintInbox.open(complaints.visibleTo(Officer.party(authentication)));
        Map<String, Object> model = new HashMap<>();
        model.put("producers", producers.awaitingVerification());
        model.put("outlets", outlets.awaitingVerification());
        model.put("links", links.awaitingConfirmation());
        model.put("complaints", open.stream().limit(5).toList());
        model.put("openComplaints", open.size());
        model.put("escalated", open.stream().filter(Complaint::escalated).count());
        model.put("audit", auditView.of(audit.recent(8)));
        model.put("notFoundRef", notFoundRef);
        return model;
    }

    static Optional<String> publicIdIn(@Nullable String ref) {
        if (ref == null || ref.isBlank() || ref.length() > 500) {
            return Optional.empty();
        }
        Matcher matcher = LISTING_REF.matcher(ref.strip());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
