package th.otop.orders.checkout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.orders.Buyer;
import th.otop.orders.cart.CartId;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;

/**
 * What the checkout form sends. There is deliberately no price, total or quantity in it: those come from the cart and
 * the catalog, so nothing a client posts can change what is charged.
 *
 * @param cartId the cart the buyer reviewed, from the summary page
 * @param idempotencyKey generated once per checkout page (8-64 letters, digits, '-' or '_'); a retry sends it again
 * @param email optional: without one the buyer hears of the order by the phone number it ships to
 */
@Serdeable
public record PlaceOrder(
        Buyer buyer,
        CartId cartId,
        String idempotencyKey,
        @Nullable String email,
        ShippingAddress address,
        PaymentMethod paymentMethod) {}
