package th.otop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.community.ConfirmedLinks;

/**
 * Reads products with their producer, place and community links in one query and turns them into the
 * documents the index holds. A product that buyers must not see is still indexed, with
 * {@code visible=false}, so its external version keeps ordering every later update.
 */
@Singleton
class ProductDocuments {
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final String SELECT = "SELECT p.id, p.public_id, p.producer_id, p.title_th, p.title_en, "
            + "p.description_th, p.description_en, p.category, p.star_rating, p.price_satang, p.stock, p.status, "
            + "p.deleted_at, p.version, p.created_at, pr.public_id AS producer_public_id, pr.name_th AS producer_th, "
            + "pr.name_en AS producer_en, pr.kind, pr.verification, pr.province_id, pv.name_th AS province_th, "
            + "pv.name_en AS province_en, pv.region, "
            + ConfirmedLinks.sammachip("pr.id") + " AS sammachip, "
            + ConfirmedLinks.fund("pr.id") + " AS fund_linked, "
            + "EXISTS (SELECT 1 FROM product_variant pvar WHERE pvar.product_id = p.id AND pvar.stock > 0) AS variant_in_stock, "
            + "(SELECT ph.storage_key FROM product_photo ph WHERE ph.product_id = p.id ORDER BY ph.position LIMIT 1) "
            + "  AS photo_key, "
            + "wt.product_id IS NOT NULL AS wholesale, wt.accepts_net_terms, wt.min_order_qty "
            + "FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN province pv ON pv.id = pr.province_id "
            + "LEFT JOIN wholesale_terms wt ON wt.product_id = p.id ";

    /** A document with the version it must be indexed under. */
    record Versioned(long productId, long version, Map<String, Object> document) {}

    private final JdbcOperations jdbc;

    ProductDocuments(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Versioned> load(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(productIds.size(), "?"));
        return query(SELECT + "WHERE p.id IN (" + marks + ")", new ArrayList<>(productIds));
    }

    /** The next page of all products after {@code afterId}, for a full reindex. */
    List<Versioned> page(long afterId, int size) {
        return query(SELECT + "WHERE p.id > ? ORDER BY p.id LIMIT " + size, List.of(afterId));
    }

    private List<Versioned> query(String sql, List<Long> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setLong(i + 1, params.get(i));
            }
            List<Versioned> documents = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    documents.add(new Versioned(rs.getLong("id"), rs.getLong("version"), document(rs)));
                }
            }
            return documents;
        });
    }

    private static Map<String, Object> document(ResultSet rs) throws SQLException {
        boolean visible = "PUBLISHED".equals(rs.getString("status"))
                && rs.getTimestamp("deleted_at") == null
                && "VERIFIED".equals(rs.getString("verification"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("public_id", rs.getString("public_id"));
        doc.put("producer_id", rs.getLong("producer_id"));
        doc.put("producer_public_id", rs.getString("producer_public_id"));
        doc.put("title_th", rs.getString("title_th"));
        doc.put("title_en", rs.getString("title_en"));
        doc.put("description_th", rs.getString("description_th"));
        doc.put("description_en", rs.getString("description_en"));
        doc.put("producer_name_th", rs.getString("producer_th"));
        doc.put("producer_name_en", rs.getString("producer_en"));
        doc.put("province_th", rs.getString("province_th"));
        doc.put("province_en", rs.getString("province_en"));
        doc.put("category", rs.getString("category"));
        doc.put("region", rs.getString("region"));
        doc.put("province_id", rs.getInt("province_id"));
        doc.put("stars", rs.getInt("star_rating"));
        doc.put("price_satang", rs.getLong("price_satang"));
        doc.put("producer_kind", rs.getString("kind"));
        doc.put("sammachip", rs.getBoolean("sammachip"));
        doc.put("fund_linked", rs.getBoolean("fund_linked"));
        doc.put("visible", visible);
        doc.put("in_stock", rs.getInt("stock") > 0 || rs.getBoolean("variant_in_stock"));
        doc.put("created_at", rs.getTimestamp("created_at").toInstant().toString());
        doc.put("photo_key", rs.getString("photo_key"));
        // the wholesale terms outlets filter on; tier prices stay in the database, for outlets' eyes only
        doc.put("wholesale", rs.getBoolean("wholesale"));
        doc.put("accepts_net_terms", rs.getBoolean("accepts_net_terms"));
        doc.put("min_order_qty", rs.getInt("min_order_qty"));
        // hidden products must not leak through autocomplete, which cannot filter by visibility
        doc.put("suggest", visible ? suggestions(rs.getString("title_th"), rs.getString("title_en")) : List.of());
        return doc;
    }

    /**
     * Autocomplete matches from the start of an input, so besides the whole titles every tail starting
     * at a Thai word boundary is an input too: typing "แม่ประนอม" then finds "น้ำพริกเผาแม่ประนอม".
     */
    static List<String> suggestions(String titleTh, String titleEn) {
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(titleTh);
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(titleTh);
        for (int start = words.next(); start != BreakIterator.DONE && start < titleTh.length(); start = words.next()) {
            String tail = titleTh.substring(start).strip();
            if (tail.length() > 1) {
                inputs.add(tail);
            }
        }
        if (titleEn != null && !titleEn.isBlank()) {
            inputs.add(titleEn);
        }
        return List.copyOf(inputs);
    }
}
