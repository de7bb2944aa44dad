package th.otop.sellerportal.fulfilment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderId;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/**
 * Orders to fulfil. Every route finds the order within the member's own shop, so another producer's order answers 404;
 * an action the order's state does not allow answers 409 with the reason ({@code web.ErrorPages}).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FulfilmentController {
    private final Orders orders;
    private final ProducerOrders producerOrders;
    private final Geography geography;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    FulfilmentController(
            Orders orders, ProducerOrders producerOrders, Geography geography, Shop shop, HttpLocaleResolver locales) {
        this.orders = orders;
        this.producerOrders = producerOrders;
        this.geography = geography;
        this.shop = shop;
        this.locales = locales;
    }

    @Get
    @View("fulfilment/list")
    Map<String, Object> list(Authentication authentication, @Nullable @QueryValue String status) {
        ProducerId producer = shop.id(authentication);
        OrderStatus filter = Arrays.stream(OrderStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        List<Order> list = producerOrders.inWorkOrder(producer, filter);
        Map<String, Object> model = new HashMap<>();
        model.put("orders", list);
        model.put("newOrders", list.stream().filter(ProducerOrders::isNew).toList());
        model.put(
                "otherOrders",
                list.stream().filter(o -> !ProducerOrders.isNew(o)).toList());
        model.put("statuses", OrderStatus.values());
        model.put("status", filter == null ? "" : filter.name());
        return model;
    }

    @Get("/{publicId}")
    @View("fulfilment/detail")
    Map<String, Object> detail(Authentication authentication, String publicId) {
        Order order = producerOrders.owned(shop.id(authentication), publicId);
        return model(order, Map.of());
    }

    /** The packing slip to print and put in the parcel: the address, the items, no prices for the buyer's privacy. */
    @Get("/{publicId}/slip")
    @View("fulfilment/slip")
    Map<String, Object> slip(Authentication authentication, String publicId) {
        ProducerId producer = shop.id(authentication);
        Order order = producerOrders.owned(producer, publicId);
        Map<String, Object> model = model(order, Map.of());
        model.put("producer", shop.of(authentication).orElseThrow());
        return model;
    }

    @Post("/{publicId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, Authentication authentication, String publicId) {
        return act(request, authentication, publicId, Map.of(), (producer, id) -> orders.accept(producer, id));
    }

    @Post("/{publicId}/pack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pack(HttpRequest<?> request, Authentication authentication, String publicId) {
        return act(request, authentication, publicId, Map.of(), (producer, id) -> orders.markPacked(producer, id));
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
            return orders.markShipped(producer, id, carrier, Forms.blankToNull(form.get("trackingNumber")));
        });
    }

    @Post("/{publicId}/deliver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deliver(HttpRequest<?> request, Authentication authentication, String publicId) {
        return act(request, authentication, publicId, Map.of(), (producer, id) -> orders.markDelivered(producer, id));
    }

    @Post("/{publicId}/payment-received")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paymentReceived(HttpRequest<?> request, Authentication authentication, String publicId) {
        return act(
                request,
                authentication,
                publicId,
                Map.of(),
                (producer, id) -> orders.confirmPromptPayReceived(producer, id));
    }

    @Post("/{publicId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        return act(
                request,
                authentication,
                publicId,
                form,
                (producer, id) -> orders.cancelByProducer(producer, id, Forms.value(form, "reason")));
    }

    /** After shipping: units of some lines and the shipping back to the buyer, priced by the order. */
    @Post("/{publicId}/refund")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> refund(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        return act(
                request,
                authentication,
                publicId,
                form,
                (producer, id) -> orders.refund(producer, id, RefundForm.read(orders.forProducer(producer, id), form)));
    }

    private HttpResponse<?> act(
            HttpRequest<?> request,
            Authentication authentication,
            String publicId,
            Map<String, String> form,
            BiFunction<ProducerId, OrderId, Order> action) {
        ProducerId producer = shop.id(authentication);
        OrderId id = producerOrders.idOf(producer, publicId);
        try {
            action.apply(producer, id);
            return HttpResponse.seeOther(URI.create("/orders/" + publicId));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "fulfilment/detail",
                    model(orders.forProducer(producer, id), form),
                    e.errors(),
                    locales.resolveOrDefault(request));
        }
    }

    private Map<String, Object> model(Order order, Map<String, ?> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("order", order);
        model.put("province", geography.province(order.shipTo().provinceId()).orElse(null));
        model.put("history", orders.history(order.id()));
        model.put(
                "allowed",
                ProducerOrders.allowed(order).stream().map(Enum::name).toList());
        model.put("isNew", ProducerOrders.isNew(order));
        model.put("carriers", Carrier.values());
        model.put("form", form);
        return model;
    }
}
