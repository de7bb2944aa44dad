package th.otop.storefront.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;
import th.otop.catalog.outlet.OutletMember;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Party;
import th.otop.orders.wholesale.PurchaseOrderNotFoundException;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.storefront.complaint.ComplaintTarget;
import th.otop.storefront.complaint.ComplaintThreads;
import th.otop.storefront.site.PageNotFoundException;
import th.otop.webkit.security.Roles;

/**
 * The outlet's complaints, such as those its receiving reports opened, and new ones about one of its supplier orders;
 * every member of the outlet sees them, answers in the thread and closes a resolved one with a rating.
 */
@Secured(Roles.OUTLET)
@Produces(MediaType.TEXT_HTML)
@Controller(OutletComplaintsController.BASE)
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletComplaintsController {
    static final String BASE = "/outlet/complaints";

    private final OutletAccess access;
    private final ComplaintThreads threads;
    private final PurchaseOrders purchaseOrders;
    private final HttpLocaleResolver locales;

    OutletComplaintsController(
            OutletAccess access, ComplaintThreads threads, PurchaseOrders purchaseOrders, HttpLocaleResolver locales) {
        this.access = access;
        this.threads = threads;
        this.purchaseOrders = purchaseOrders;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        return threads.list(party(authentication), BASE);
    }

    @Get("/new")
    HttpResponse<?> form(
            Authentication authentication,
            HttpRequest<?> request,
            @Nullable @QueryValue String order,
            @Nullable @QueryValue String supplier) {
        ComplaintTarget target = target(access.member(authentication), order, supplier);
        return threads.form(target, BASE, locales.resolveOrDefault(request));
    }

    @Post(value = "/new", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> open(
            Authentication authentication,
            HttpRequest<?> request,
            @Nullable @Part("order") String order,
            @Nullable @Part("supplier") String supplier,
            @Nullable @Part("category") String category,
            @Nullable @Part("body") String body,
            @Nullable @Part("photo") CompletedFileUpload photo) {
        OutletMember member = access.member(authentication);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", category);
        form.put("body", body);
        return threads.open(
                Party.outlet(member),
                target(member, order, supplier),
                BASE,
                form,
                photo,
                locales.resolveOrDefault(request));
    }

    @Get("/{publicId}")
    HttpResponse<?> thread(Authentication authentication, HttpRequest<?> request, String publicId) {
        return threads.thread(party(authentication), publicId, BASE, locales.resolveOrDefault(request));
    }

    @Post(value = "/{publicId}/reply", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> reply(
            Authentication authentication,
            HttpRequest<?> request,
            String publicId,
            @Nullable @Part("body") String body,
            @Nullable @Part("photo") CompletedFileUpload photo) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        return threads.reply(party(authentication), publicId, BASE, form, photo, locales.resolveOrDefault(request));
    }

    @Post(value = "/{publicId}/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(
            Authentication authentication, HttpRequest<?> request, String publicId, @Body Map<String, String> form) {
        return threads.close(party(authentication), publicId, BASE, form, locales.resolveOrDefault(request));
    }

    private Party party(Authentication authentication) {
        return Party.outlet(access.member(authentication));
    }

    /** One of this outlet's supplier orders; another outlet's answers 404. */
    private ComplaintTarget target(OutletMember member, @Nullable String order, @Nullable String supplier) {
        SupplierOrder found;
        try {
            found = purchaseOrders.find(member, order == null ? "" : order).supplierOrders().stream()
                    .filter(s -> s.publicId().equals(supplier))
                    .findFirst()
                    .orElseThrow(() -> new PurchaseOrderNotFoundException(String.valueOf(supplier)));
        } catch (PurchaseOrderNotFoundException e) {
            throw new PageNotFoundException("supplier order " + supplier);
        }
        return new ComplaintTarget(
                ComplaintSubject.ORDER,
                found.publicId(),
                found.producerId(),
                "คำสั่งซื้อจากผู้ผลิต " + found.publicId(),
                "Supplier order " + found.publicId(),
                Map.of("order", order, "supplier", found.publicId()));
    }
}
