package th.otop.storefront.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.search.WholesaleSearch;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleListing;
import th.otop.catalog.wholesale.WholesaleQuery;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.CreditStatus;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.PurchaseRequest;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.webkit.security.Roles;

/**
 * The wholesale API for signed-in outlet members (the sign-in cookie; posts carry the CSRF token in {@code X-CSRF-TOKEN}):
 * the catalogue with tier prices, the outlet's credit line and its purchase orders. Consumers get 403, another outlet's
 * order 404. Only public ids appear; money is in satang. Documented in the storefront's OpenAPI document next to the
 * public linkages, with the sign-in it needs.
 */
@Tag(name = "wholesale", description = "For Sukjai Shop outlets only: see the signInCookie security scheme")
@SecurityScheme(
        name = "signInCookie",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        paramName = "JWT",
        description =
                "For Sukjai Shop outlets only. Sign in on the storefront with the account of an outlet member (role OUTLET): the "
                        + "signed JWT in the HttpOnly sign-in cookie authenticates every call. Without it the answer is 401, with "
                        + "another role's sign-in 403, and the catalogue and ordering need an outlet a CDD officer has verified "
                        + "(403 otherwise).")
@SecurityRequirement(name = "signInCookie")
@Secured(Roles.OUTLET)
@Controller(value = "/api/v1/wholesale", produces = MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesaleApiController {
    private final OutletAccess access;
    private final WholesaleSearch search;
    private final PurchaseOrders purchaseOrders;
    private final CreditLines credit;
    private final Products products;
    private final Geography geography;

    WholesaleApiController(
            OutletAccess access,
            WholesaleSearch search,
            PurchaseOrders purchaseOrders,
            CreditLines credit,
            Products products,
            Geography geography) {
        this.access = access;
        this.search = search;
        this.purchaseOrders = purchaseOrders;
        this.credit = credit;
        this.products = products;
        this.geography = geography;
    }

    @Serdeable
    record Listing(
            String product,
            String titleTh,
            @Nullable String titleEn,
            Category category,
            @Nullable Integer stars,
            String unitTh,
            int stock,
            String producer,
            String producerNameTh,
            @Nullable String producerNameEn,
            int provinceId,
            String region,
            boolean sammachipLinked,
            boolean fundLinked,
            int minOrderQuantity,
            int casePack,
            boolean acceptsNetTerms,
            List<PriceTier> tiers) {
        static Listing of(WholesaleListing l) {
            return new Listing(
                    l.productPublicId(),
                    l.titleTh(),
                    l.titleEn(),
                    l.category(),
                    l.stars(),
                    l.unitTh(),
                    l.stock(),
                    l.producerPublicId(),
                    l.producerNameTh(),
                    l.producerNameEn(),
                    l.provinceId(),
                    l.region().name(),
                    l.sammachipLinked(),
                    l.fundLinked(),
                    l.terms().minOrderQuantity(),
                    l.terms().casePack(),
                    l.terms().acceptsNetTerms(),
                    l.terms().tiers());
        }
    }

    /** {@code netDays} is there only when credit is offered: no client is told to pay within 0 days. */
    @Serdeable
    record Credit(
            boolean exists,
            long limitSatang,
            long usedSatang,
            long availableSatang,
            @Nullable Integer netDays,
            int overdueInvoices) {
        static Credit of(CreditStatus s) {
            return new Credit(
                    s.offersCredit(),
                    s.limitSatang(),
                    s.usedSatang(),
                    s.availableSatang(),
                    s.offersCredit() ? s.netDays() : null,
                    s.overdueInvoices());
        }
    }

    @Serdeable
    record OrderLine(
            long lineId,
            String titleTh,
            @Nullable String titleEn,
            String unitTh,
            int quantity,
            long unitPriceSatang,
            long lineSatang,
            @Nullable Integer receivedQuantity,
            int damagedQuantity,
            int missingQuantity) {}

    @Serdeable
    record Supplier(
            String supplierOrder,
            String producerNameTh,
            @Nullable String producerNameEn,
            String status,
            long itemsSatang,
            long fundContributionSatang,
            @Nullable String trackingNumber,
            List<OrderLine> lines) {}

    /** {@code number} is the invoice's own number as printed; {@code invoice} its opaque id. */
    @Serdeable
    record InvoiceView(
            String invoice, String number, long amountSatang, long repaidSatang, LocalDate issuedOn, LocalDate dueOn) {}

    @Serdeable
    record Order(
            String purchaseOrder,
            String status,
            PaymentTerms payment,
            long itemsSatang,
            Instant createdAt,
            @Nullable Instant paidAt,
            @Nullable InvoiceView invoice,
            List<Supplier> suppliers) {
        static Order of(PurchaseOrder po) {
            Invoice i = po.invoice();
            return new Order(
                    po.publicId(),
                    po.status().name(),
                    po.payment(),
                    po.itemsSatang(),
                    po.createdAt(),
                    po.paidAt(),
                    i == null
                            ? null
                            : new InvoiceView(
                                    i.publicId(),
                                    i.number(),
                                    i.amountSatang(),
                                    i.repaidSatang(),
                                    i.issuedOn(),
                                    i.dueOn()),
                    po.supplierOrders().stream().map(Order::supplier).toList());
        }

        private static Supplier supplier(SupplierOrder so) {
            return new Supplier(
                    so.publicId(),
                    so.producerNameTh(),
                    so.producerNameEn(),
                    so.status().name(),
                    so.itemsSatang(),
                    so.contributionSatang(),
                    so.trackingNumber(),
                    so.lines().stream()
                            .map(l -> new OrderLine(
                                    l.id(),
                                    l.titleTh(),
                                    l.titleEn(),
                                    l.unitTh(),
                                    l.quantity(),
                                    l.unitPriceSatang(),
                                    l.lineSatang(),
                                    l.receivedQuantity(),
                                    l.damagedQuantity(),
                                    l.missingQuantity()))
                            .toList());
        }
    }

    @Serdeable
    record NewLine(String product, int quantity) {}

    @Serdeable
    record NewOrder(String idempotencyKey, PaymentTerms payment, List<NewLine> lines) {}

    @Serdeable
    record Refusal(int status, List<FieldError> errors) {}

    @Operation(
            summary = "The wholesale catalogue with tier prices, minimum order quantities and case packs",
            description = "Filters as on the catalogue page: q (Thai or English words), category, region, "
                    + "near=province|region (the outlet's own), sammachip=1, fund=1, netTerms=1, page (from 0).")
    @ApiResponse(responseCode = "200", description = "One page of 24 listings, newest first unless words are typed")
    @ApiResponse(responseCode = "403", description = "Not a verified outlet")
    @Get("/catalogue")
    List<Listing> catalogue(HttpRequest<?> request, Authentication authentication) {
        OutletMember member = access.verified(authentication);
        WholesaleQuery query = WholesaleCatalogueController.Filters.from(request.getParameters())
                .query(access.outlet(member), geography);
        return search.search(query).listings().stream().map(Listing::of).toList();
    }

    @Operation(summary = "The outlet's credit line from its community fund: limit, used, available")
    @Get("/credit")
    Credit credit(Authentication authentication) {
        return Credit.of(credit.status(access.member(authentication).outletId()));
    }

    @Operation(summary = "The outlet's purchase orders, newest first")
    @Get("/purchase-orders")
    List<Order> orders(Authentication authentication) {
        return purchaseOrders.list(access.member(authentication)).stream()
                .map(Order::of)
                .toList();
    }

    @Operation(summary = "One of the outlet's purchase orders with its supplier orders and invoice")
    @ApiResponse(responseCode = "404", description = "No such purchase order of this outlet")
    @Get("/purchase-orders/{publicId}")
    Order order(@PathVariable String publicId, Authentication authentication) {
        return Order.of(purchaseOrders.find(access.member(authentication), publicId));
    }

    @Operation(
            summary = "Places a purchase order across producers (one supplier order each), priced from the catalogue",
            description = "Repeating a request with the same idempotencyKey returns the order it placed.")
    @ApiResponse(responseCode = "201", description = "Placed")
    @ApiResponse(
            responseCode = "422",
            description =
                    "Refused with a Thai and English message per problem (minimum, case pack, credit limit, stock)")
    @Parameter(
            in = ParameterIn.HEADER,
            name = "X-CSRF-TOKEN",
            required = true,
            description = "The value of the CSRF cookie the storefront sets with the sign-in (double submit)")
    @ApiResponse(responseCode = "403", description = "Not a verified outlet, or the CSRF token is missing or wrong")
    @Post(value = "/purchase-orders", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> place(@Body NewOrder order, Authentication authentication) {
        OutletMember member = access.verified(authentication);
        try {
            List<PurchaseRequest.Line> lines = new ArrayList<>();
            List<FieldError> unknown = new ArrayList<>();
            for (NewLine line : order.lines() == null ? List.<NewLine>of() : order.lines()) {
                ProductId id = line.product() == null
                        ? null
                        : products.findPublished(line.product())
                                .map(Product::id)
                                .orElse(null);
                if (id == null) {
                    unknown.add(new FieldError(
                            "lines", "ไม่พบสินค้า " + line.product(), "There is no product " + line.product()));
                } else {
                    lines.add(new PurchaseRequest.Line(id, line.quantity()));
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown);
            }
            PurchaseOrder po =
                    purchaseOrders.place(new PurchaseRequest(member, order.idempotencyKey(), lines, order.payment()));
            return HttpResponse.created(Order.of(po));
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new Refusal(422, e.errors()));
        }
    }
}
