package th.otop.storefront.checkout;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.orders.Buyer;
import th.otop.orders.addressbook.SavedAddress;
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
        String idempotencyKey,
        String savedAddress,
        String saveAddress) {
    /** The value of the "deliver to" choice that means the address typed in the form, not a saved one. */
    static final String NEW_ADDRESS = "new";

    /**
     * A new form, filled in with what the signed-in buyer already told us: their email, and the default address of their
     * address book (chosen, and copied into the fields for a new address as a start), else their name and phone.
     */
    static CheckoutForm prefilled(
            long cartId,
            String idempotencyKey,
            @Nullable PaymentMethod method,
            @Nullable Account account,
            @Nullable SavedAddress defaultAddress) {
        ShippingAddress a = defaultAddress != null
                ? defaultAddress.address()
                : new ShippingAddress(
                        account == null ? "" : account.displayName(),
                        account == null ? "" : account.phone(),
                        "",
                        "",
                        "",
                        0,
                        "");
        return new CheckoutForm(
                account == null || account.email() == null ? "" : account.email(),
                text(a.recipientName()),
                text(a.phone()),
                text(a.addressLine()),
                text(a.subdistrict()),
                text(a.district()),
                a.provinceId() == 0 ? "" : String.valueOf(a.provinceId()),
                text(a.postcode()),
                method == null ? "" : method.name(),
                String.valueOf(cartId),
                idempotencyKey,
                defaultAddress == null ? NEW_ADDRESS : String.valueOf(defaultAddress.id()),
                "");
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
                text(form, "idempotencyKey"),
                text(form, "savedAddress"),
                text(form, "saveAddress"));
    }

    /** The saved address the buyer chose to deliver to, if they chose one rather than typing a new one. */
    Optional<Long> savedAddressId() {
        return savedAddress.isBlank() || savedAddress.equals(NEW_ADDRESS)
                ? Optional.empty()
                : Optional.of(number(savedAddress));
    }

    boolean wantsAddressSaved() {
        return savedAddressId().isEmpty() && "on".equals(saveAddress);
    }

    /** The address as typed in the form. */
    ShippingAddress typedAddress() {
        return new ShippingAddress(
                recipientName, phone, addressLine, subdistrict, district, (int) number(provinceId), postcode);
    }

    /** What the order service checks; a value that does not even parse becomes one it will refuse with a message. */
    PlaceOrder toPlaceOrder(Buyer buyer, ShippingAddress address) {
        return new PlaceOrder(buyer, new CartId(number(cartId)), idempotencyKey, email, address, method());
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

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value.length() > 500 ? value.substring(0, 500) : value;
    }
}
