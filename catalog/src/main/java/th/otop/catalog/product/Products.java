package th.otop.catalog.product;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.search.SearchOutbox;
import th.otop.catalog.stock.MovementReason;
import th.otop.catalog.stock.StockMovements;
import th.otop.catalog.validation.Checks;

/**
 * Listings. Every change bumps the product's version and notes it in the search outbox, in the same
 * transaction. Methods taking a {@link ProducerId} act only on that producer's own products.
 */
@Singleton
public class Products {
    private static final String COLUMNS = "p.id, p.public_id, p.producer_id, p.title_th, p.title_en, p.description_th, "
            + "p.description_en, p.category, p.star_rating, p.star_year, p.price_satang, p.stock, p.unit_th, p.unit_en, "
            + "p.weight_grams, p.processing_days, p.status, p.hidden_reason, p.version, p.created_at";

    private final JdbcOperations jdbc;
    private final SearchOutbox outbox;
    private final StockMovements movements;

    Products(JdbcOperations jdbc, SearchOutbox outbox, StockMovements movements) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.movements = movements;
    }

    @Transactional
    public ProductId create(ProducerId producer, ProductDraft draft) {
        draft.validate();
        checkCategoryOpen(draft.category(), null);
        ProductId id = new ProductId(GeneratedKeys.insert(
                jdbc,
                "INSERT INTO product (public_id, producer_id, title_th, title_en, description_th, description_en, "
                        + "category, price_satang, stock, unit_th, unit_en, weight_grams, processing_days) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, PublicIds.next());
                    ps.setLong(2, producer.value());
                    bindDraft(ps, draft, 3);
                }));
        if (draft.stock() > 0) {
            movements.record(id, draft.stock(), MovementReason.LISTED, null);
        }
        outbox.record(id);
        return id;
    }

    /**
     * Saves the producer's edit; returns false, touching nothing (version, updated_at, search outbox), when the draft
     * holds what the product already has.
     */
    @Transactional
    public boolean update(ProducerId producer, ProductId id, ProductDraft draft) {
        draft.validate();
        Product before = findOwned(producer, id);
        if (draft.sameAs(before)) {
            return false;
        }
        checkCategoryOpen(draft.category(), before.category());
        int updated = jdbc.prepareStatement(
                "UPDATE product SET title_th=?, title_en=?, description_th=?, description_en=?, category=?, "
                        + "price_satang=?, stock=?, unit_th=?, unit_en=?, weight_grams=?, processing_days=?, "
                        + "version=version+1, updated_at=CURRENT_TIMESTAMP(3) "
                        + "WHERE id=? AND producer_id=? AND deleted_at IS NULL",
                ps -> {
                    bindDraft(ps, draft, 1);
                    ps.setLong(12, id.value());
                    ps.setLong(13, producer.value());
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            throw new ProductNotFoundException(id);
        }
        if (draft.stock() != before.stock()) {
            movements.record(id, draft.stock() - before.stock(), MovementReason.MANUAL, null);
        }
        outbox.record(id);
        return true;
    }

    /** Puts the listing in front of buyers; the producer must be verified by an officer first. */
    @Transactional
    public void publish(ProducerId producer, ProductId id) {
        Product product = findOwned(producer, id);
        boolean verified = jdbc.prepareStatement("SELECT verification FROM producer WHERE id=?", ps -> {
            ps.setLong(1, producer.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "VERIFIED".equals(rs.getString(1));
            }
        });
        new Checks()
                .require(
                        verified,
                        "producer",
                        "ร้านของคุณยังรอการยืนยันจากเจ้าหน้าที่ พช. สินค้าจะเผยแพร่ได้เมื่อได้รับการยืนยัน",
                        "Your shop is waiting for verification by a CDD officer; listings can be published after that")
                .require(
                        product.status() != ProductStatus.HIDDEN,
                        "status",
                        "สินค้านี้ถูกซ่อนโดยเจ้าหน้าที่: " + product.hiddenReason(),
                        "An officer hid this listing: " + product.hiddenReason())
                .throwIfInvalid();
        setStatus(id, ProductStatus.PUBLISHED, null, "producer_id=" + producer.value());
    }

    @Transactional
    public void unpublish(ProducerId producer, ProductId id) {
        Product product = findOwned(producer, id);
        if (product.status() == ProductStatus.PUBLISHED) {
            setStatus(id, ProductStatus.DRAFT, null, "producer_id=" + producer.value());
        }
    }

    /** An officer's moderation: the reason is shown to the producer. */
    @Transactional
    public void hide(ProductId id, String reason) {
        new Checks()
                .notBlank(reason, "reason", "เหตุผลที่ซ่อนสินค้า", "The reason for hiding")
                .throwIfInvalid();
        setStatus(id, ProductStatus.HIDDEN, reason, "1=1");
        jdbc.prepareStatement("UPDATE product SET hide_count=hide_count+1 WHERE id=?", ps -> {
            ps.setLong(1, id.value());
            return ps.executeUpdate();
        });
    }

    /**
     * An officer lifts a hide (an upheld appeal): the listing is published again when its shop is verified, else it
     * goes back to draft.
     */
    @Transactional
    public void restore(ProductId id) {
        ProductStatus next = jdbc.prepareStatement(
                "SELECT pr.verification FROM product p JOIN producer pr ON pr.id=p.producer_id WHERE p.id=?", ps -> {
                    ps.setLong(1, id.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() && "VERIFIED".equals(rs.getString(1))
                                ? ProductStatus.PUBLISHED
                                : ProductStatus.DRAFT;
                    }
                });
        setStatus(id, next, null, "status='HIDDEN'");
    }

    @Transactional
    public void delete(ProducerId producer, ProductId id) {
        findOwned(producer, id);
        jdbc.prepareStatement(
                "UPDATE product SET deleted_at=CURRENT_TIMESTAMP(3), version=version+1 WHERE id=?", ps -> {
                    ps.setLong(1, id.value());
                    return ps.executeUpdate();
                });
        outbox.record(id);
    }

    @Transactional
    public void addPhoto(ProducerId producer, ProductId id, String storageKey, int width, int height) {
        findOwned(producer, id);
        jdbc.prepareStatement(
                "INSERT INTO product_photo (product_id, position, storage_key, width, height) SELECT ?, "
                        + "COALESCE(MAX(position) + 1, 0), ?, ?, ? FROM product_photo WHERE product_id=?",
                ps -> {
                    ps.setLong(1, id.value());
                    ps.setString(2, storageKey);
                    ps.setInt(3, width);
                    ps.setInt(4, height);
                    ps.setLong(5, id.value());
                    return ps.executeUpdate();
                });
        bumpVersion(id);
    }

    @Transactional
    public long addVariant(ProducerId producer, ProductId id, VariantDraft draft) {
        draft.validate();
        findOwned(producer, id);
        long variant = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO product_variant (product_id, name_th, name_en, price_satang, stock, photo_key, position) "
                        + "SELECT ?,?,?,?,?,?, COALESCE(MAX(position) + 1, 0) FROM product_variant WHERE product_id = ?",
                ps -> {
                    ps.setLong(1, id.value());
                    ps.setString(2, draft.nameTh().strip());
                    ps.setString(3, draft.nameEn());
                    ps.setLong(4, draft.priceSatang());
                    ps.setInt(5, draft.stock());
                    ps.setString(6, draft.photoKey());
                    ps.setLong(7, id.value());
                });
        if (draft.stock() > 0) {
            movements.record(id, draft.stock(), MovementReason.LISTED, StockMovements.variantReference(null, variant));
        }
        bumpVersion(id);
        return variant;
    }

    @Transactional
    public void updateVariant(ProducerId producer, ProductId id, long variantId, VariantDraft draft) {
        draft.validate();
        Variant before = findOwned(producer, id).variants().stream()
                .filter(v -> v.id() == variantId)
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(id));
        jdbc.prepareStatement(
                "UPDATE product_variant SET name_th=?, name_en=?, price_satang=?, stock=?, photo_key=? WHERE id=?",
                ps -> {
                    ps.setString(1, draft.nameTh().strip());
                    ps.setString(2, draft.nameEn());
                    ps.setLong(3, draft.priceSatang());
                    ps.setInt(4, draft.stock());
                    ps.setString(5, draft.photoKey());
                    ps.setLong(6, variantId);
                    return ps.executeUpdate();
                });
        if (draft.stock() != before.stock()) {
            movements.record(
                    id,
                    draft.stock() - before.stock(),
                    MovementReason.MANUAL,
                    StockMovements.variantReference(null, variantId));
        }
        bumpVersion(id);
    }

    @Transactional
    public void removeVariant(ProducerId producer, ProductId id, long variantId) {
        findOwned(producer, id);
        jdbc.prepareStatement("DELETE FROM product_variant WHERE id=? AND product_id=?", ps -> {
            ps.setLong(1, variantId);
            ps.setLong(2, id.value());
            return ps.executeUpdate();
        });
        bumpVersion(id);
    }

    /** Puts the product's photos in the given order; the first is the one buyers see in lists. */
    @Transactional
    public void reorderPhotos(ProducerId producer, ProductId id, List<Long> photoIdsInOrder) {
        List<Long> current =
                findOwned(producer, id).photos().stream().map(Product.Photo::id).toList();
        new Checks()
                .require(
                        photoIdsInOrder.size() == current.size() && photoIdsInOrder.containsAll(current),
                        "photos",
                        "ลำดับรูปภาพไม่ครบหรือมีรูปที่ไม่ใช่ของสินค้านี้",
                        "The photo order must list exactly this product's photos")
                .throwIfInvalid();
        for (int position = 0; position < photoIdsInOrder.size(); position++) {
            int at = position;
            jdbc.prepareStatement("UPDATE product_photo SET position=? WHERE id=? AND product_id=?", ps -> {
                ps.setInt(1, at);
                ps.setLong(2, photoIdsInOrder.get(at));
                ps.setLong(3, id.value());
                return ps.executeUpdate();
            });
        }
        bumpVersion(id);
    }

    /** Removes a photo from the listing; returns its storage key so the caller can delete the files. */
    @Transactional
    public String removePhoto(ProducerId producer, ProductId id, long photoId) {
        Product.Photo photo = findOwned(producer, id).photos().stream()
                .filter(p -> p.id() == photoId)
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(id));
        jdbc.prepareStatement("DELETE FROM product_photo WHERE id=?", ps -> {
            ps.setLong(1, photoId);
            return ps.executeUpdate();
        });
        bumpVersion(id);
        return photo.storageKey();
    }

    /** Any product that is not deleted, whatever its status (the order service re-reads prices here). */
    @Transactional
    public Optional<Product> find(ProductId id) {
        return one("p.id=?", ps -> ps.setLong(1, id.value()));
    }

    /** A published product by its public id, as buyers see it. */
    @Transactional
    public Optional<Product> findPublished(String publicId) {
        return one("p.public_id=? AND p.status='PUBLISHED'", ps -> ps.setString(1, publicId));
    }

    /** The producer's own product, or not found (also for another producer's product). */
    @Transactional
    public Product findOwned(ProducerId producer, ProductId id) {
        return one("p.id=? AND p.producer_id=?", ps -> {
                    ps.setLong(1, id.value());
                    ps.setLong(2, producer.value());
                })
                .orElseThrow(() -> new ProductNotFoundException(id));
    }

    @Transactional
    public List<Product> listByProducer(ProducerId producer) {
        return many("p.producer_id=? ORDER BY p.id DESC", ps -> ps.setLong(1, producer.value()));
    }

    @Transactional
    public Map<ProductId, Product> findAll(List<ProductId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Product> found = many("p.id IN (" + marks + ")", ps -> {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i).value());
            }
        });
        Map<ProductId, Product> byId = new java.util.LinkedHashMap<>();
        found.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** Officers may close a category to new listings; a listing already in it keeps it. */
    private void checkCategoryOpen(Category category, Category current) {
        if (category == current) {
            return;
        }
        boolean open = jdbc.prepareStatement("SELECT visible FROM category_label WHERE code=?", ps -> {
            ps.setString(1, category.name());
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        });
        new Checks()
                .require(
                        open,
                        "category",
                        "หมวดหมู่นี้ปิดรับสินค้าใหม่แล้ว กรุณาเลือกหมวดอื่น",
                        "This category takes no new listings; choose another")
                .throwIfInvalid();
    }

    private void setStatus(ProductId id, ProductStatus status, String reason, String scope) {
        jdbc.prepareStatement(
                "UPDATE product SET status=?, hidden_reason=?, version=version+1, updated_at=CURRENT_TIMESTAMP(3) "
                        + "WHERE id=? AND deleted_at IS NULL AND " + scope,
                ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, reason);
                    ps.setLong(3, id.value());
                    if (ps.executeUpdate() == 0) {
                        throw new ProductNotFoundException(id);
                    }
                    return null;
                });
        outbox.record(id);
    }

    /**
     * Something search shows about the product changed outside the listing itself (its wholesale terms): a new version
     * and an outbox note, in the caller's transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void touch(ProductId id) {
        bumpVersion(id);
    }

    private void bumpVersion(ProductId id) {
        jdbc.prepareStatement("UPDATE product SET version=version+1 WHERE id=?", ps -> {
            ps.setLong(1, id.value());
            return ps.executeUpdate();
        });
        outbox.record(id);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<Product> one(String where, Binder binder) {
        List<Product> found = many(where, binder);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Product> many(String where, Binder binder) {
        List<Product> products = jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM product p WHERE p.deleted_at IS NULL AND " + where, ps -> {
                    binder.bind(ps);
                    List<Product> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(read(rs, List.of()));
                        }
                    }
                    return rows;
                });
        if (products.isEmpty()) {
            return products;
        }
        Map<Long, List<Product.Photo>> photos = photosOf(products);
        Map<Long, List<Variant>> variants = variantsOf(products);
        return products.stream()
                .map(p -> withDetails(
                        p,
                        photos.getOrDefault(p.id().value(), List.of()),
                        variants.getOrDefault(p.id().value(), List.of())))
                .toList();
    }

    private Map<Long, List<Product.Photo>> photosOf(List<Product> products) {
        String marks = String.join(",", java.util.Collections.nCopies(products.size(), "?"));
        return jdbc.prepareStatement(
                "SELECT id, product_id, position, storage_key, width, height FROM product_photo WHERE product_id IN ("
                        + marks + ") ORDER BY product_id, position",
                ps -> {
                    for (int i = 0; i < products.size(); i++) {
                        ps.setLong(i + 1, products.get(i).id().value());
                    }
                    Map<Long, List<Product.Photo>> byProduct = new java.util.HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byProduct
                                    .computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>())
                                    .add(new Product.Photo(
                                            rs.getLong("id"),
                                            rs.getInt("position"),
                                            rs.getString("storage_key"),
                                            rs.getInt("width"),
                                            rs.getInt("height")));
                        }
                    }
                    return byProduct;
                });
    }

    private static Product withDetails(Product p, List<Product.Photo> photos, List<Variant> variants) {
        return new Product(
                p.id(),
                p.publicId(),
                p.producerId(),
                p.titleTh(),
                p.titleEn(),
                p.descriptionTh(),
                p.descriptionEn(),
                p.category(),
                p.grading(),
                p.priceSatang(),
                p.stock(),
                p.unitTh(),
                p.unitEn(),
                p.weightGrams(),
                p.processingDays(),
                p.status(),
                p.hiddenReason(),
                p.version(),
                p.createdAt(),
                photos,
                variants);
    }

    private Map<Long, List<Variant>> variantsOf(List<Product> products) {
        String marks = String.join(",", java.util.Collections.nCopies(products.size(), "?"));
        return jdbc.prepareStatement(
                "SELECT id, product_id, name_th, name_en, price_satang, stock, photo_key, position FROM product_variant "
                        + "WHERE product_id IN (" + marks + ") ORDER BY product_id, position, id",
                ps -> {
                    for (int i = 0; i < products.size(); i++) {
                        ps.setLong(i + 1, products.get(i).id().value());
                    }
                    Map<Long, List<Variant>> byProduct = new java.util.HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byProduct
                                    .computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>())
                                    .add(new Variant(
                                            rs.getLong("id"),
                                            rs.getString("name_th"),
                                            rs.getString("name_en"),
                                            rs.getLong("price_satang"),
                                            rs.getInt("stock"),
                                            rs.getString("photo_key"),
                                            rs.getInt("position")));
                        }
                    }
                    return byProduct;
                });
    }

    private static void bindDraft(PreparedStatement ps, ProductDraft d, int first) throws SQLException {
        int i = first;
        ps.setString(i++, d.titleTh().strip());
        ps.setString(i++, d.titleEn());
        ps.setString(i++, d.descriptionTh());
        ps.setString(i++, d.descriptionEn());
        ps.setString(i++, d.category().name());
        ps.setLong(i++, d.priceSatang());
        ps.setInt(i++, d.stock());
        ps.setString(i++, d.unitTh());
        ps.setString(i++, d.storedUnitEn());
        ps.setInt(i++, d.weightGrams());
        ps.setInt(i, d.processingDays());
    }

    static Product read(ResultSet rs, List<Product.Photo> photos) throws SQLException {
        Integer stars = (Integer) rs.getObject("star_rating", Integer.class);
        Integer year = (Integer) rs.getObject("star_year", Integer.class);
        return new Product(
                new ProductId(rs.getLong("id")),
                rs.getString("public_id"),
                new ProducerId(rs.getLong("producer_id")),
                rs.getString("title_th"),
                rs.getString("title_en"),
                rs.getString("description_th"),
                rs.getString("description_en"),
                Category.valueOf(rs.getString("category")),
                new Grading(stars, year),
                rs.getLong("price_satang"),
                rs.getInt("stock"),
                rs.getString("unit_th"),
                rs.getString("unit_en"),
                rs.getInt("weight_grams"),
                rs.getInt("processing_days"),
                ProductStatus.valueOf(rs.getString("status")),
                rs.getString("hidden_reason"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                photos,
                List.of());
    }
}
