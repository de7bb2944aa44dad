package th.otop.storefront.cart;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.orders.cart.Cart;
import th.otop.orders.checkout.CheckoutOptions;

/** Builds the {@link CartPage} of a cart for the cart and checkout pages. */
@Singleton
public class CartPages {
    private final Producers producers;
    private final CheckoutOptions options;

    CartPages(Producers producers, CheckoutOptions options) {
        this.producers = producers;
        this.options = options;
    }

    public CartPage of(Cart cart, Locale locale) {
        Map<ProducerId, Producer> byId = new LinkedHashMap<>();
        cart.byProducer().keySet().forEach(id -> producers.find(id).ifPresent(p -> byId.put(id, p)));
        return CartPage.of(cart, byId, options.shippingFees(cart), locale);
    }
}
