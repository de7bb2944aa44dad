package th.otop.storefront.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.survey.Surveys;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.CreditStatus;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrderStatus;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.PurchaseRequest;
import th.otop.orders.wholesale.Receipt;
import th.otop.orders.wholesale.ReorderSuggestion;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.orders.wholesale.SupplierOrderLine;
import th.otop.orders.wholesale.SupplierOrderStatus;
import th.otop.orders.wholesale.document.WholesaleDocuments;
import th.otop.webkit.security.Roles;

/**
 * An outlet's purchase orders: the order form across producers (the draft travels in the address until it is placed),
 * net terms or prepayment with the remaining credit shown, the list and detail with a PromptPay code per producer to
 * prepay, receiving per line (a problem opens a complaint to the producer), one-click reorder,
 * suggested quantities and the PDF documents. A refused form comes back as typed, with the reason next to each line.
 */
@Secured(Roles.OUTLET)
@Produces(MediaType.TEXT_HTML)
@Controller("/outlet")
@ExecuteOn(TaskExecutors.BLOCKING)
class PurchaseOrderController {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutletAccess access;
    private final PurchaseOrders purchaseOrders;
    private final CreditLines credit;
    private final WholesaleLines wholesaleLines;
    private final WholesaleDocuments documents;
    private final Surveys surveys;
    private final HttpLocaleResolver locales;

    PurchaseOrderController(
            OutletAccess access,
            PurchaseOrders purchaseOrders,
            CreditLines credit,
            WholesaleLines wholesaleLines,
            WholesaleDocuments documents,
            Surveys surveys,
            HttpLocaleResolver locales) {
        this.access = access;
        this.purchaseOrders = purchaseOrders;
        this.credit = credit;
        this.wholesaleLines = wholesaleLines;
        this.documents = documents;
        this.surveys = surveys;
        this.locales = locales;
    }

    /** The order form: the draft, then any quantities changed on the form, then the product just added. */
    @Get("/orders/new")
    HttpResponse<?> form(HttpRequest<?> request, Authentication authentication) {
        OutletMember member = access.verified(authentication);
        var params = request.getParameters();
        Map<String, String> typed = new LinkedHashMap<>();
        Draft.parse(params.get("draft")).lines().forEach((id, q) -> typed.put(id, String.valueOf(q)));
        params.names().stream()
                .filter(n -> n.startsWith("qty.") && n.length() > 4)
                .forEach(n -> typed.put(n.substring(4), params.get(n)));
        String add = params.get("add");
        if (add != null && add.matches("[A-Za-z0-9_-]{1,40}")) {
            typed.put(add, params.get("qty") == null ? "0" : params.get("qty"));
        }
        typed.values().removeIf(q -> "0".equals(q == null ? null : q.strip()));
        typed.keySet().removeIf(id -> !id.matches("[A-Za-z0-9_-]{1,40}"));
        PaymentTerms payment = payment(params.get("payment"));
        return HttpResponse.ok(formView(member, typed, payment, newKey(), List.of(), request))
                .header("Cache-Control", "no-store");
    }

    @Post(value = "/orders", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> place(
            @Body @Nullable Map<String, String> body, HttpRequest<?> request, Authentication authentication) {
        Map<String, String> fields = body == null ? Map.of() : body;
        OutletMember member = access.verified(authentication);
        Locale locale = locales.resolveOrDefault(request);
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("qty.") && name.substring(4).matches("[A-Za-z0-9_-]{1,40}")) {
                typed.put(name.substring(4), value);
            }
        });
        typed.values().removeIf(q -> q != null && "0".equals(q.strip()));
        PaymentTerms payment = payment(fields.get("payment"));
        String key = fields.getOrDefault("idempotencyKey", "");
        WholesaleLines.Form form = wholesaleLines.resolve(typed, locale);
        List<FieldError> typing = new ArrayList<>();
        for (WholesaleLines.Line line : form.lines()) {
            if (Draft.quantity(line.typed()) == null) {
                typing.add(new FieldError(
                        "product." + line.productId().value(),
                        "\"" + line.title() + "\" กรุณากรอกจำนวนเป็นตัวเลข",
                        "\"" + line.title() + "\": enter the quantity as a whole number"));
            }
        }
        if (!typing.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(member, typed, payment, key, typing, request));
        }
        try {
            PurchaseOrder po = purchaseOrders.place(new PurchaseRequest(
                    member,
                    key,
                    form.lines().stream()
                            .map(l -> new PurchaseRequest.Line(l.productId(), l.quantity()))
                            .toList(),
                    payment));
            return HttpResponse.seeOther(URI.create("/outlet/orders/" + po.publicId() + "?placed=1"));
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(member, typed, payment, key, e.errors(), request));
        }
    }

    @Get("/orders")
    HttpResponse<?> list(Authentication authentication) {
        OutletMember member = access.member(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("orders", purchaseOrders.list(member));
        return HttpResponse.ok(new ModelAndView<>("outlet/orders", model)).header("Cache-Control", "no-store");
    }

    @Get("/orders/{publicId}")
    HttpResponse<?> detail(String publicId, HttpRequest<?> request, Authentication authentication) {
        OutletMember member = access.member(authentication);
        PurchaseOrder po = purchaseOrders.find(member, publicId);
        Map<String, Object> model = detailModel(member, po, request);
        model.put("placed", request.getParameters().contains("placed"));
        model.put("reordered", request.getParameters().contains("reordered"));
        return HttpResponse.ok(new ModelAndView<>("outlet/order", model)).header("Cache-Control", "no-store");
    }

    @Post(value = "/orders/{publicId}/receive/{supplierOrderId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> receive(
            String publicId,
            String supplierOrderId,
            @Body @Nullable Map<String, String> body,
            HttpRequest<?> request,
            Authentication authentication) {
        Map<String, String> fields = body == null ? Map.of() : body;
        OutletMember member = access.member(authentication);
        PurchaseOrder po = purchaseOrders.find(member, publicId);
        SupplierOrder so = po.supplierOrders().stream()
                .filter(s -> s.publicId().equals(supplierOrderId))
                .findFirst()
                .orElseThrow(() -> new th.otop.orders.wholesale.PurchaseOrderNotFoundException(supplierOrderId));
        List<Receipt> receipts = new ArrayList<>();
        List<FieldError> typing = new ArrayList<>();
        for (SupplierOrderLine line : so.lines()) {
            Integer good = Draft.quantity(fields.get("good." + line.id()));
            String damagedText = fields.getOrDefault("damaged." + line.id(), "0");
            Integer damaged = Draft.quantity(damagedText.isBlank() ? "0" : damagedText);
            if (good == null || damaged == null) {
                typing.add(new FieldError(
                        "line." + line.id(),
                        "\"" + line.titleTh() + "\" กรุณากรอกจำนวนเป็นตัวเลข",
                        "\"" + line.title(Locale.ENGLISH) + "\": enter the quantities as whole numbers"));
                continue;
            }
            receipts.add(new Receipt(line.id(), good, damaged, fields.get("note." + line.id())));
        }
        try {
            if (!typing.isEmpty()) {
                throw new InvalidInputException(typing);
            }
            purchaseOrders.receive(member, supplierOrderId, receipts);
            return HttpResponse.seeOther(URI.create("/outlet/orders/" + po.publicId() + "#" + so.publicId()));
        } catch (InvalidInputException e) {
            Map<String, Object> model = detailModel(member, po, request);
            model.put("receiving", so.publicId());
            model.put("receiveErrors", Forms.byField(e.errors(), locales.resolveOrDefault(request)));
            model.put("typed", fields);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("outlet/order", model));
        }
    }

    @Post(value = "/orders/{publicId}/reorder", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reorder(
            String publicId,
            @Body @Nullable Map<String, String> body,
            HttpRequest<?> request,
            Authentication authentication) {
        Map<String, String> fields = body == null ? Map.of() : body;
        OutletMember member = access.verified(authentication);
        PurchaseOrder earlier = purchaseOrders.find(member, publicId);
        try {
            PurchaseOrder again = purchaseOrders.reorder(
                    member, publicId, fields.getOrDefault("idempotencyKey", ""), payment(fields.get("payment")));
            return HttpResponse.seeOther(URI.create("/outlet/orders/" + again.publicId() + "?reordered=1"));
        } catch (InvalidInputException e) {
            Map<String, Object> model = detailModel(member, earlier, request);
            model.put(
                    "reorderErrors",
                    e.errors().stream()
                            .map(x -> x.message(locales.resolveOrDefault(request)))
                            .toList());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("outlet/order", model));
        }
    }

    @Post(value = "/orders/{publicId}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(String publicId, Authentication authentication) {
        OutletMember member = access.member(authentication);
        try {
            purchaseOrders.cancelUnpaid(member, publicId);
        } catch (InvalidInputException e) {
            // already paid or cancelled: the order page shows its state
        }
        return HttpResponse.seeOther(URI.create("/outlet/orders/" + publicId));
    }

    @Produces("application/pdf")
    @Get("/orders/{publicId}/purchase-order.pdf")
    HttpResponse<byte[]> purchaseOrderPdf(String publicId, Authentication authentication) {
        return pdf(documents.purchaseOrder(access.member(authentication), publicId), "purchase-order", publicId);
    }

    @Produces("application/pdf")
    @Get("/orders/{publicId}/invoice.pdf")
    HttpResponse<byte[]> invoicePdf(String publicId, Authentication authentication) {
        return pdf(documents.invoice(access.member(authentication), publicId), "invoice", publicId);
    }

    /** Suggested quantities from the outlet's receiving history, to order in one step. */
    @Get("/reorder")
    HttpResponse<?> suggestions(Authentication authentication) {
        OutletMember member = access.verified(authentication);
        List<ReorderSuggestion> suggestions = purchaseOrders.suggestions(member);
        Draft draft = new Draft(new LinkedHashMap<>());
        for (ReorderSuggestion s : suggestions) {
            draft = draft.with(s.productPublicId(), s.suggestedQuantity());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("suggestions", suggestions);
        model.put("draftLink", "/outlet/orders/new?draft=" + URLEncoder.encode(draft.encode(), StandardCharsets.UTF_8));
        return HttpResponse.ok(new ModelAndView<>("outlet/reorder", model)).header("Cache-Control", "no-store");
    }

    private static HttpResponse<byte[]> pdf(byte[] bytes, String kind, String publicId) {
        return HttpResponse.ok(bytes)
                .contentType(MediaType.of("application/pdf"))
                .header(
                        "Content-Disposition",
                        "inline; filename=\"" + WholesaleDocuments.fileName(kind, publicId) + "\"")
                .header("Cache-Control", "private, no-store");
    }

    private Map<String, Object> detailModel(OutletMember member, PurchaseOrder po, HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        Outlet outlet = access.outlet(member);
        CreditStatus status = credit.status(member.outletId());
        model.put("po", po);
        model.put("verified", outlet.isVerified());
        model.put("credit", status);
        model.put("key", newKey());
        model.put(
                "canCancel",
                po.status() == PurchaseOrderStatus.AWAITING_PAYMENT
                        && po.supplierOrders().stream()
                                .allMatch(s -> s.status() == SupplierOrderStatus.AWAITING_PAYMENT));
        Map<String, PaymentInstructions.PromptPayCodes.Code> codes = new LinkedHashMap<>();
        purchaseOrders.paymentCodes(member, po.publicId()).forEach(c -> codes.put(c.orderPublicId(), c));
        model.put("codes", codes);
        model.put(
                "toReceive",
                po.supplierOrders().stream()
                        .filter(s -> s.status() == SupplierOrderStatus.SHIPPED)
                        .map(SupplierOrder::publicId)
                        .toList());
        Map<String, String> surveyLinks = new LinkedHashMap<>();
        for (SupplierOrder so : po.supplierOrders()) {
            surveys.forOccasion(Surveys.outletRespondent(member.outletId()), "receipt:" + so.publicId())
                    .ifPresent(invitation -> surveyLinks.put(so.publicId(), "/surveys/" + invitation.publicId()));
        }
        model.put("surveys", surveyLinks);
        model.put("receiveErrors", Map.of());
        model.put("typed", Map.of());
        model.put("reorderErrors", List.of());
        model.put("defaultPayment", defaultPayment(status, po.itemsSatang()));
        Draft draft = new Draft(new LinkedHashMap<>());
        for (SupplierOrder so : po.supplierOrders()) {
            for (SupplierOrderLine line : so.lines()) {
                draft = draft.with(productPublicId(line), line.quantity());
            }
        }
        model.put("editLink", "/outlet/orders/new?draft=" + URLEncoder.encode(draft.encode(), StandardCharsets.UTF_8));
        return model;
    }

    private String productPublicId(SupplierOrderLine line) {
        return wholesaleLines.publicIdOf(line.productId());
    }

    private ModelAndView<Map<String, Object>> formView(
            OutletMember member,
            Map<String, String> typed,
            PaymentTerms payment,
            String key,
            List<FieldError> errors,
            HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        WholesaleLines.Form form = wholesaleLines.resolve(typed, locale);
        CreditStatus status = credit.status(member.outletId());
        Map<String, String> lineErrors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError e : errors) {
            String publicId = null;
            if (e.field().startsWith("product.")) {
                long id = Long.parseLong(e.field().substring("product.".length()));
                publicId = form.lines().stream()
                        .filter(l -> l.productId().value() == id)
                        .map(WholesaleLines.Line::publicId)
                        .findFirst()
                        .orElse(null);
            }
            if (publicId != null) {
                lineErrors.merge(publicId, e.message(locale), (a, b) -> a + " " + b);
            }
            general.add(e.message(locale));
        }
        Draft draft = new Draft(new LinkedHashMap<>());
        for (var entry : typed.entrySet()) {
            Integer q = Draft.quantity(entry.getValue());
            if (q != null) {
                draft = draft.with(entry.getKey(), q);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", general);
        model.put("lineErrors", lineErrors);
        model.put("credit", status);
        model.put("payment", payment == null ? defaultPayment(status, form.totalSatang()) : payment);
        model.put("key", key);
        model.put("draft", draft.encode());
        return new ModelAndView<>("outlet/order-form", model);
    }

    /** Net terms when the credit line can take the amount, else prepayment. */
    static PaymentTerms defaultPayment(CreditStatus status, long amountSatang) {
        return status.offersCredit() && status.overdueInvoices() == 0 && status.availableSatang() >= amountSatang
                ? PaymentTerms.NET_TERMS
                : PaymentTerms.PREPAID;
    }

    private static PaymentTerms payment(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PaymentTerms.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
