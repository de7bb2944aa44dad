package th.otop.storefront.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.CartLine;
import th.otop.storefront.product.ProductLinks;
import th.otop.storefront.product.ProductPage;

/** The cart in the reader's language: one parcel per producer, each with its shipping fee, and the totals. */
public record CartPage(long cartId, List<Parcel> parcels, long itemsSatang, long shippingSatang, boolean allAvailable) {

    public long totalSatang() {
        return itemsSatang + shippingSatang;
    }

    public boolean isEmpty() {
        return parcels.isEmpty();
    }

    public int itemCount() {
        return parcels.stream()
                .flatMap(p -> p.lines().stream())
                .mapToInt(Line::quantity)
                .sum();
    }

    public record Parcel(String producerName, String producerUrl, List<Line> lines, long shippingSatang) {}

    /**
     * @param variantId the option's id for the line's forms; empty for a product without options
     * @param variantMissing the product has had options added since, so the buyer must remove the line and choose one
     */
    public record Line(
            String publicId,
            String variantId,
            String title,
            String url,
            long unitPriceSatang,
            int quantity,
            long lineSatang,
            int stock,
            boolean available,
            boolean variantMissing) {

        /** Unique among the cart's lines, for the ids of its form fields. */
        public String fieldId() {
            return variantId.isEmpty() ? publicId : publicId + "-" + variantId;
        }
    }

    static CartPage of(
            Cart cart, Map<ProducerId, Producer> producers, Map<ProducerId, Long> shippingFees, Locale locale) {
        List<Parcel> parcels = new ArrayList<>();
        cart.byProducer().forEach((producerId, lines) -> {
            Producer producer = producers.get(producerId);
            List<Line> rows = new ArrayList<>();
            for (CartLine l : lines) {
                String canonical = l.titleEn() != null && !l.titleEn().isBlank() ? l.titleEn() : l.titleTh();
                rows.add(new Line(
                        l.publicId(),
                        l.variantId() == null ? "" : l.variantId().toString(),
                        l.title(locale),
                        ProductLinks.product(l.publicId(), canonical),
                        l.unitPriceSatang(),
                        l.quantity(),
                        l.lineSatang(),
                        l.stock(),
                        l.available(),
                        l.variantMissing()));
            }
            parcels.add(new Parcel(
                    producer == null ? "" : producer.name(locale),
                    producer == null
                            ? "/"
                            : ProductLinks.shop(producer.publicId(), ProductPage.canonicalName(producer)),
                    rows,
                    shippingFees.getOrDefault(producerId, 0L)));
        });
        long shipping =
                shippingFees.values().stream().mapToLong(Long::longValue).sum();
        boolean allAvailable = cart.lines().stream().allMatch(CartLine::available);
        return new CartPage(cart.id().value(), parcels, cart.itemsSatang(), shipping, allAvailable);
    }
}
