package th.otop.storefront.outlet;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;

/**
 * Turns a draft (product public ids and quantities) into the purchase-order form's lines, grouped by producer and
 * priced at today's tier for the typed quantity. Prices shown here are a preview: placing the order prices it again.
 */
@Singleton
class WholesaleLines {
    private final Products products;
    private final Producers producers;
    private final WholesaleCatalogue catalogue;
    private final Geography geography;

    WholesaleLines(Products products, Producers producers, WholesaleCatalogue catalogue, Geography geography) {
        this.products = products;
        this.producers = producers;
        this.catalogue = catalogue;
        this.geography = geography;
    }

    public record Line(
            String publicId,
            ProductId productId,
            String title,
            String unit,
            String typed,
            int quantity,
            int minOrderQuantity,
            int casePack,
            boolean acceptsNetTerms,
            List<PriceTier> tiers,
            long unitPriceSatang,
            long lineSatang,
            int stock) {}

    public record Group(String producerName, String province, List<Line> lines, long subtotalSatang) {}

    public record Form(List<Group> groups, long totalSatang, List<String> unavailable, boolean allAcceptNetTerms) {
        public boolean isEmpty() {
            return groups.isEmpty();
        }

        Optional<Line> line(ProductId id) {
            return groups.stream()
                    .flatMap(g -> g.lines().stream())
                    .filter(l -> l.productId().equals(id))
                    .findFirst();
        }

        public List<Line> lines() {
            return groups.stream().flatMap(g -> g.lines().stream()).toList();
        }
    }

    /** The public id of a product, for links back into the order form. */
    String publicIdOf(ProductId id) {
        return products.find(id).map(Product::publicId).orElse("");
    }

    /** The draft's lines; {@code typed} holds what the outlet typed where it was not a number (shown back as typed). */
    Form resolve(Map<String, String> typed, Locale locale) {
        Map<String, Product> found = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        typed.keySet().forEach(publicId -> products.findPublished(publicId)
                .ifPresentOrElse(p -> found.put(publicId, p), () -> unavailable.add(publicId)));
        Map<ProductId, WholesaleTerms> terms =
                catalogue.findAll(found.values().stream().map(Product::id).toList());
        Map<ProducerId, List<Line>> byProducer = new LinkedHashMap<>();
        found.forEach((publicId, p) -> {
            WholesaleTerms t = terms.get(p.id());
            if (t == null) {
                unavailable.add(Forms.pick(locale, p.titleTh(), p.titleEn()));
                return;
            }
            Integer quantity = Draft.quantity(typed.get(publicId));
            int q = quantity == null ? 0 : quantity;
            long unit = t.unitPriceSatang(Math.max(q, 1));
            byProducer
                    .computeIfAbsent(p.producerId(), k -> new ArrayList<>())
                    .add(new Line(
                            publicId,
                            p.id(),
                            Forms.pick(locale, p.titleTh(), p.titleEn()),
                            Forms.thai(locale) ? p.unitTh() : p.unitEn(),
                            typed.get(publicId),
                            q,
                            t.minOrderQuantity(),
                            t.casePack(),
                            t.acceptsNetTerms(),
                            t.tiers(),
                            unit,
                            unit * q,
                            p.stock()));
        });
        List<Group> groups = new ArrayList<>();
        byProducer.forEach((producerId, lines) -> {
            Producer producer = producers.find(producerId).orElseThrow();
            groups.add(new Group(
                    Forms.pick(locale, producer.nameTh(), producer.nameEn()),
                    geography
                            .province(producer.provinceId())
                            .map(pv -> pv.name(locale))
                            .orElse(""),
                    lines,
                    lines.stream().mapToLong(Line::lineSatang).sum()));
        });
        long total = groups.stream().mapToLong(Group::subtotalSatang).sum();
        boolean net = groups.stream().flatMap(g -> g.lines().stream()).allMatch(Line::acceptsNetTerms);
        return new Form(groups, total, unavailable, net);
    }
}
