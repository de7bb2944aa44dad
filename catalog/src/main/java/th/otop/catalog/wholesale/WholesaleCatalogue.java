package th.otop.catalog.wholesale;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.community.ConfirmedLinks;
import th.otop.catalog.geography.Region;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;

/**
 * Wholesale terms as producers set them, and the wholesale catalogue outlets browse: published products of verified
 * producers that have terms. Prices here are for outlets only; the apps must not show them to anyone else.
 */
@Singleton
public class WholesaleCatalogue {
    private static final String LISTING =
            "SELECT p.id, p.public_id, p.title_th, p.title_en, p.category, p.star_rating, "
                    + "p.price_satang, p.stock, p.unit_th, p.unit_en, pr.id AS producer_id, pr.public_id AS producer_public_id, "
                    + "pr.name_th AS producer_th, pr.name_en AS producer_en, pr.province_id, pv.region, "
                    + ConfirmedLinks.sammachip("pr.id") + " AS sammachip, "
                    + ConfirmedLinks.fund("pr.id") + " AS funded "
                    + "FROM wholesale_terms wt JOIN product p ON p.id = wt.product_id JOIN producer pr ON pr.id = p.producer_id "
                    + "JOIN province pv ON pv.id = pr.province_id "
                    + "WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND pr.verification = 'VERIFIED'";

    private final JdbcOperations jdbc;
    private final Products products;

    WholesaleCatalogue(JdbcOperations jdbc, Products products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    /** Sets (or replaces) the terms of the producer's own product. */
    @Transactional
    public void set(ProducerId producer, WholesaleTerms terms) {
        terms.validate();
        products.findOwned(producer, terms.productId());
        long id = terms.productId().value();
        jdbc.prepareStatement(
                "INSERT INTO wholesale_terms (product_id, min_order_qty, case_pack, accepts_net_terms) VALUES (?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE min_order_qty = VALUES(min_order_qty), case_pack = VALUES(case_pack), "
                        + "accepts_net_terms = VALUES(accepts_net_terms)",
                ps -> {
                    ps.setLong(1, id);
                    ps.setInt(2, terms.minOrderQuantity());
                    ps.setInt(3, terms.casePack());
                    ps.setBoolean(4, terms.acceptsNetTerms());
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM wholesale_price_tier WHERE product_id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(
                "INSERT INTO wholesale_price_tier (product_id, min_qty, unit_price_satang) VALUES (?,?,?)", ps -> {
                    for (PriceTier tier : terms.tiers()) {
                        ps.setLong(1, id);
                        ps.setInt(2, tier.minQuantity());
                        ps.setLong(3, tier.unitPriceSatang());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        products.touch(terms.productId());
    }

    /** Takes the producer's product out of the wholesale catalogue. */
    @Transactional
    public void remove(ProducerId producer, ProductId product) {
        products.findOwned(producer, product);
        jdbc.prepareStatement("DELETE FROM wholesale_terms WHERE product_id = ?", ps -> {
            ps.setLong(1, product.value());
            return ps.executeUpdate();
        });
        products.touch(product);
    }

    @Transactional
    public Optional<WholesaleTerms> find(ProductId product) {
        return Optional.ofNullable(findAll(List.of(product)).get(product));
    }

    @Transactional
    public Map<ProductId, WholesaleTerms> findAll(List<ProductId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement(
                "SELECT wt.product_id, wt.min_order_qty, wt.case_pack, wt.accepts_net_terms, t.min_qty, t.unit_price_satang "
                        + "FROM wholesale_terms wt JOIN wholesale_price_tier t ON t.product_id = wt.product_id "
                        + "WHERE wt.product_id IN (" + marks + ") ORDER BY wt.product_id, t.min_qty",
                ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setLong(i + 1, ids.get(i).value());
                    }
                    return readTerms(ps);
                });
    }

    /**
     * The listings of these products, in the order given (the search's ranking); a product that is no longer published,
     * of a verified producer and with terms, is left out even if the index has not caught up yet.
     */
    @Transactional
    public List<WholesaleListing> listings(List<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<ProductId, Listed> byId = jdbc.prepareStatement(LISTING + " AND p.id IN (" + marks + ")", ps -> {
            bind(ps, ids.stream().map(ProductId::value).map(Object.class::cast).toList());
            Map<ProductId, Listed> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Listed l = listed(rs);
                    rows.put(l.productId, l);
                }
            }
            return rows;
        });
        Map<ProductId, WholesaleTerms> terms = findAll(List.copyOf(byId.keySet()));
        return ids.stream()
                .filter(id -> byId.containsKey(id) && terms.containsKey(id))
                .map(id -> byId.get(id).with(terms.get(id)))
                .toList();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static Map<ProductId, WholesaleTerms> readTerms(PreparedStatement ps) throws SQLException {
        Map<ProductId, WholesaleTerms> byId = new LinkedHashMap<>();
        Map<ProductId, List<PriceTier>> tiers = new LinkedHashMap<>();
        Map<ProductId, int[]> heads = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ProductId id = new ProductId(rs.getLong(1));
                heads.putIfAbsent(id, new int[] {rs.getInt(2), rs.getInt(3), rs.getBoolean(4) ? 1 : 0});
                tiers.computeIfAbsent(id, k -> new ArrayList<>()).add(new PriceTier(rs.getInt(5), rs.getLong(6)));
            }
        }
        heads.forEach((id, h) -> byId.put(id, new WholesaleTerms(id, h[0], h[1], h[2] == 1, tiers.get(id))));
        return byId;
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(
                new ProductId(rs.getLong("id")),
                rs.getString("public_id"),
                rs.getString("title_th"),
                rs.getString("title_en"),
                Category.valueOf(rs.getString("category")),
                rs.getObject("star_rating", Integer.class),
                rs.getLong("price_satang"),
                rs.getInt("stock"),
                rs.getString("unit_th"),
                rs.getString("unit_en"),
                new ProducerId(rs.getLong("producer_id")),
                rs.getString("producer_public_id"),
                rs.getString("producer_th"),
                rs.getString("producer_en"),
                rs.getInt("province_id"),
                Region.valueOf(rs.getString("region")),
                rs.getBoolean("sammachip"),
                rs.getBoolean("funded"));
    }

    private record Listed(
            ProductId productId,
            String publicId,
            String titleTh,
            String titleEn,
            Category category,
            Integer stars,
            long price,
            int stock,
            String unitTh,
            String unitEn,
            ProducerId producerId,
            String producerPublicId,
            String producerTh,
            String producerEn,
            int provinceId,
            Region region,
            boolean sammachip,
            boolean funded) {
        WholesaleListing with(WholesaleTerms terms) {
            return new WholesaleListing(
                    productId,
                    publicId,
                    titleTh,
                    titleEn,
                    category,
                    stars,
                    price,
                    stock,
                    unitTh,
                    unitEn,
                    producerId,
                    producerPublicId,
                    producerTh,
                    producerEn,
                    provinceId,
                    region,
                    sammachip,
                    funded,
                    terms);
        }
    }
}
