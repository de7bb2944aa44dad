package th.otop.storefront.checkout;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Map;
import th.otop.orders.Buyer;
import th.otop.orders.cart.CartId;
import th.otop.orders.checkout.PlaceOrder;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;

/**
 * The checkout form as typed, kept as text so a refused form comes back exactly as the buyer left it. It carries no
 * price or total: those come from the cart and the catalog.
 */
public record CheckoutForm(
        String email,
        String recipientName,
        String phone,
        String addressLine,
        String subdistrict,
        String district,
        String provinceId,
        String postcode,
        String paymentMethod,
        String cartId,
        String idempotencyKey) {

    static CheckoutForm blank(long cartId, String idempotencyKey, @Nullable PaymentMethod method) {
        return new CheckoutForm(
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                method == null ? "" : method.name(),
                String.valueOf(cartId),
                idempotencyKey);
    }

    static CheckoutForm from(Map<String, String> form) {
        return new CheckoutForm(
                text(form, "email"),
                text(form, "recipientName"),
                text(form, "phone"),
                text(form, "addressLine"),
                text(form, "subdistrict"),
                text(form, "district"),
                text(form, "provinceId"),
                text(form, "postcode"),
                text(form, "paymentMethod"),
                text(form, "cartId"),
                text(form, "idempotencyKey"));
    }

    /** What the order service checks; a value that does not even parse becomes one it will refuse with a message. */
    PlaceOrder toPlaceOrder(Buyer buyer) {
        return new PlaceOrder(
                buyer,
                new CartId(number(cartId)),
                idempotencyKey,
                email,
                new ShippingAddress(
                        recipientName, phone, addressLine, subdistrict, district, (int) number(provinceId), postcode),
                method());
    }

    @Nullable
    PaymentMethod method() {
        try {
            return paymentMethod.isBlank() ? null : PaymentMethod.valueOf(paymentMethod.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long number(String text) {
        try {
            return text.isBlank() || text.length() > 18 ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value.length() > 500 ? value.substring(0, 500) : value;
    }
}
