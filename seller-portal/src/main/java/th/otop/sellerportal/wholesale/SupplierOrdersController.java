package th.otop.sellerportal.wholesale;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.order.Carrier;
import th.otop.orders.wholesale.OutletOrders;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/**
 * Sukjai Shop outlets' orders to this producer: where each goes and whom to call, a packing slip to print, confirming a
 * prepaid order's PromptPay transfer when it arrives, as for a consumer's order, then shipping it with the carrier and
 * tracking number. Another producer's supplier order answers 404.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/wholesale-orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SupplierOrdersController {
    private final PurchaseOrders purchaseOrders;
    private final OutletOrders outletOrders;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    SupplierOrdersController(
            PurchaseOrders purchaseOrders, OutletOrders outletOrders, Shop shop, HttpLocaleResolver locales) {
        this.purchaseOrders = purchaseOrders;
        this.outletOrders = outletOrders;
        this.shop = shop;
        this.locales = locales;
    }

    @Get
    @View("wholesale/orders")
    Map<String, Object> list(Authentication authentication) {
        return model(shop.id(authentication), null, Map.of());
    }

    @Get("/{publicId}")
    @View("wholesale/order")
    Map<String, Object> detail(Authentication authentication, String publicId) {
        Map<String, Object> model = actionsModel(null, Map.of());
        model.put("o", outletOrders.find(shop.id(authentication), publicId));
        return model;
    }

    /** The packing slip to print and put in the parcel: the outlet's address and contact, the items, no prices. */
    @Get("/{publicId}/slip")
    @View("wholesale/slip")
    Map<String, Object> slip(Authentication authentication, String publicId) {
        return Map.of(
                "o", outletOrders.find(shop.id(authentication), publicId),
                "producer", shop.of(authentication).orElseThrow());
    }

    @Post("/{publicId}/payment-received")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paymentReceived(HttpRequest<?> request, Authentication authentication, String publicId) {
        return act(request, authentication, publicId, Map.of(), purchaseOrders::confirmPaymentReceived);
    }

    @Post("/{publicId}/ship")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> ship(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        return act(request, authentication, publicId, form, (producer, id) -> {
            Carrier carrier = Arrays.stream(Carrier.values())
                    .filter(c -> c.name().equals(Forms.value(form, "carrier")))
                    .findFirst()
                    .orElse(null);
            purchaseOrders.ship(producer, id, carrier, Forms.blankToNull(form.get("trackingNumber")));
        });
    }

    private HttpResponse<?> act(
            HttpRequest<?> request,
            Authentication authentication,
            String publicId,
            Map<String, String> form,
            BiConsumer<ProducerId, String> action) {
        ProducerId producer = shop.id(authentication);
        try {
            action.accept(producer, publicId);
            return HttpResponse.seeOther(URI.create("/wholesale-orders#so-" + publicId));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "wholesale/orders", model(producer, publicId, form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    /** {@code failed} is the supplier order whose form was refused: its errors and typed values show beside it. */
    private Map<String, Object> model(ProducerId producer, String failed, Map<String, String> form) {
        Map<String, Object> model = actionsModel(failed, form);
        model.put("orders", outletOrders.ofProducer(producer));
        return model;
    }

    private static Map<String, Object> actionsModel(String failed, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("carriers", Carrier.values());
        model.put("failed", failed == null ? "" : failed);
        model.put("form", form);
        return model;
    }
}
