package th.otop.orders.wholesale;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.orders.order.Carrier;

/** The purchase order tables; callers bring the transaction. */
@Singleton
class PurchaseOrderRows {
    private static final String PO_COLUMNS = "po.id, po.public_id, po.outlet_id, po.placed_by, po.payment, po.status, "
            + "po.items_satang, po.reorder_of, po.paid_at, po.created_at";
    private static final String SO_COLUMNS = "so.id, so.public_id, so.purchase_order_id, so.producer_id, "
            + "pr.name_th AS producer_th, pr.name_en AS producer_en, so.status, so.items_satang, so.fee_satang, "
            + "so.fund_id, so.contribution_satang, so.carrier, so.tracking_number, so.shipped_at, so.received_at";

    private final JdbcOperations jdbc;
    private final CreditLines credit;

    PurchaseOrderRows(JdbcOperations jdbc, CreditLines credit) {
        this.jdbc = jdbc;
        this.credit = credit;
    }

    record NewSupplierOrder(
            ProducerId producer,
            long itemsSatang,
            long feeSatang,
            Long fundId,
            long contribution,
            List<NewLine> lines) {}

    record NewLine(
            ProductId product,
            String titleTh,
            String titleEn,
            Category category,
            String unitTh,
            long unitPriceSatang,
            int quantity,
            int casePack) {}

    /** First statement of a placement: claims the idempotency key. */
    long insert(PurchaseRequest req, String publicId, Long reorderOf) {
        return GeneratedKeys.insert(
                jdbc,
                "INSERT INTO purchase_order (public_id, idempotency_key, outlet_id, placed_by, payment, status, reorder_of) "
                        + "VALUES (?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, publicId);
                    ps.setString(2, req.idempotencyKey());
                    ps.setLong(3, req.member().outletId());
                    ps.setLong(4, req.member().accountId());
                    ps.setString(5, req.payment().name());
                    ps.setString(6, PurchaseOrderStatus.AWAITING_PAYMENT.name());
                    ps.setObject(7, reorderOf);
                });
    }

    long insertSupplierOrder(long purchaseOrderId, NewSupplierOrder order, SupplierOrderStatus status) {
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO supplier_order (public_id, purchase_order_id, producer_id, status, items_satang, fee_satang, "
                        + "fund_id, contribution_satang) VALUES (?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, PublicIds.next());
                    ps.setLong(2, purchaseOrderId);
                    ps.setLong(3, order.producer().value());
                    ps.setString(4, status.name());
                    ps.setLong(5, order.itemsSatang());
                    ps.setLong(6, order.feeSatang());
                    ps.setObject(7, order.fundId());
                    ps.setLong(8, order.contribution());
                });
        jdbc.prepareStatement(
                "INSERT INTO supplier_order_line (supplier_order_id, product_id, title_th, title_en, category, unit_th, "
                        + "unit_price_satang, quantity, line_satang, case_pack) VALUES (?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    for (NewLine l : order.lines()) {
                        ps.setLong(1, id);
                        ps.setLong(2, l.product().value());
                        ps.setString(3, l.titleTh());
                        ps.setString(4, l.titleEn());
                        ps.setString(5, l.category().name());
                        ps.setString(6, l.unitTh());
                        ps.setLong(7, l.unitPriceSatang());
                        ps.setInt(8, l.quantity());
                        ps.setLong(9, l.unitPriceSatang() * l.quantity());
                        ps.setInt(10, l.casePack());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        return id;
    }

    void setTotal(long purchaseOrderId, long itemsSatang) {
        update("UPDATE purchase_order SET items_satang = ? WHERE id = ?", itemsSatang, purchaseOrderId);
    }

    void confirm(long purchaseOrderId, String reference, boolean paid) {
        jdbc.prepareStatement(
                "UPDATE purchase_order SET status = 'CONFIRMED', paid_at = ?, payment_reference = ? WHERE id = ?",
                ps -> {
                    ps.setTimestamp(1, paid ? Timestamp.from(Instant.now()) : null);
                    ps.setString(2, reference);
                    ps.setLong(3, purchaseOrderId);
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement(
                "UPDATE supplier_order SET status = 'CONFIRMED' WHERE purchase_order_id = ? AND status = 'AWAITING_PAYMENT'",
                ps -> {
                    ps.setLong(1, purchaseOrderId);
                    return ps.executeUpdate();
                });
    }

    /** One producer confirmed the outlet's transfer for its supplier order. */
    void paid(long supplierOrderId) {
        jdbc.prepareStatement(
                "UPDATE supplier_order SET status = 'CONFIRMED' WHERE id = ? AND status = 'AWAITING_PAYMENT'", ps -> {
                    ps.setLong(1, supplierOrderId);
                    return ps.executeUpdate();
                });
    }

    void cancel(long purchaseOrderId) {
        jdbc.prepareStatement("UPDATE purchase_order SET status = 'CANCELLED' WHERE id = ?", ps -> {
            ps.setLong(1, purchaseOrderId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE supplier_order SET status = 'CANCELLED' WHERE purchase_order_id = ?", ps -> {
            ps.setLong(1, purchaseOrderId);
            return ps.executeUpdate();
        });
    }

    void shipped(long supplierOrderId, Carrier carrier, String tracking) {
        jdbc.prepareStatement(
                "UPDATE supplier_order SET status = 'SHIPPED', carrier = ?, tracking_number = ?, shipped_at = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, carrier.name());
                    ps.setString(2, tracking);
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.setLong(4, supplierOrderId);
                    return ps.executeUpdate();
                });
    }

    void received(long supplierOrderId, long accountId, List<Receipt> receipts) {
        jdbc.prepareStatement(
                "UPDATE supplier_order_line SET received_qty = ?, damaged_qty = ?, issue_note = ? "
                        + "WHERE id = ? AND supplier_order_id = ?",
                ps -> {
                    for (Receipt r : receipts) {
                        ps.setInt(1, r.goodQuantity());
                        ps.setInt(2, r.damagedQuantity());
                        ps.setString(
                                3,
                                r.note() == null || r.note().isBlank()
                                        ? null
                                        : r.note().strip());
                        ps.setLong(4, r.lineId());
                        ps.setLong(5, supplierOrderId);
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        jdbc.prepareStatement(
                "UPDATE supplier_order SET status = 'RECEIVED', received_at = ?, received_by = ? WHERE id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(Instant.now()));
                    ps.setLong(2, accountId);
                    ps.setLong(3, supplierOrderId);
                    return ps.executeUpdate();
                });
    }

    Optional<PurchaseOrder> find(long id) {
        return one("po.id = ?", ps -> ps.setLong(1, id), false);
    }

    Optional<PurchaseOrder> findByPublicId(String publicId) {
        return one("po.public_id = ?", ps -> ps.setString(1, publicId), false);
    }

    Optional<PurchaseOrder> lockByPublicId(String publicId) {
        return one("po.public_id = ?", ps -> ps.setString(1, publicId), true);
    }

    /** The purchase order this key placed, with the outlet that placed it. */
    Optional<PurchaseOrder> byKey(String key) {
        return one("po.idempotency_key = ?", ps -> ps.setString(1, key), false);
    }

    List<PurchaseOrder> ofOutlet(long outletId, int limit) {
        return many("po.outlet_id = ? ORDER BY po.id DESC LIMIT " + limit, ps -> ps.setLong(1, outletId), false);
    }

    /** The supplier order with its purchase order's outlet, locked. */
    Optional<long[]> lockSupplierOrder(String publicId) {
        return jdbc.prepareStatement(
                "SELECT so.id, so.purchase_order_id, po.outlet_id, so.producer_id FROM supplier_order so "
                        + "JOIN purchase_order po ON po.id = so.purchase_order_id WHERE so.public_id = ? FOR UPDATE",
                ps -> {
                    ps.setString(1, publicId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                                : Optional.empty();
                    }
                });
    }

    List<SupplierOrder> ofProducer(ProducerId producer, int limit) {
        return supplierOrders(
                "so.producer_id = ? ORDER BY so.id DESC LIMIT " + limit, ps -> ps.setLong(1, producer.value()));
    }

    Optional<SupplierOrder> supplierOrder(String publicId) {
        List<SupplierOrder> found = supplierOrders("so.public_id = ?", ps -> ps.setString(1, publicId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Where each supplier order goes and how its purchase order is paid, by supplier order id. */
    record Destination(
            String purchaseOrderPublicId,
            PaymentTerms payment,
            String invoiceNumber,
            String outletNameTh,
            String outletNameEn,
            String address,
            int provinceId,
            String contactName,
            String phone,
            String email) {}

    Map<Long, Destination> destinations(List<Long> supplierOrderIds) {
        Map<Long, Destination> byId = new LinkedHashMap<>();
        if (supplierOrderIds.isEmpty()) {
            return byId;
        }
        jdbc.prepareStatement(
                "SELECT so.id, po.public_id, po.payment, i.invoice_number, o.name_th, o.name_en, o.address, "
                        + "o.province_id, a.display_name, a.phone, a.email FROM supplier_order so "
                        + "JOIN purchase_order po ON po.id = so.purchase_order_id "
                        + "JOIN outlet o ON o.id = po.outlet_id JOIN account a ON a.id = po.placed_by "
                        + "LEFT JOIN outlet_invoice i ON i.purchase_order_id = po.id WHERE so.id IN ("
                        + String.join(",", Collections.nCopies(supplierOrderIds.size(), "?")) + ")",
                ps -> {
                    for (int i = 0; i < supplierOrderIds.size(); i++) {
                        ps.setLong(i + 1, supplierOrderIds.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byId.put(
                                    rs.getLong("id"),
                                    new Destination(
                                            rs.getString("public_id"),
                                            PaymentTerms.valueOf(rs.getString("payment")),
                                            rs.getString("invoice_number"),
                                            rs.getString("name_th"),
                                            rs.getString("name_en"),
                                            rs.getString("address"),
                                            rs.getInt("province_id"),
                                            rs.getString("display_name"),
                                            rs.getString("phone"),
                                            rs.getString("email")));
                        }
                    }
                    return null;
                });
        return byId;
    }

    /** Received quantities of the outlet's products, newest receipt first: the basis of reorder suggestions. */
    Map<ProductId, List<Integer>> receiptHistory(long outletId, int perProduct) {
        Map<ProductId, List<Integer>> history = new LinkedHashMap<>();
        jdbc.prepareStatement(
                "SELECT l.product_id, l.received_qty + l.damaged_qty FROM supplier_order_line l "
                        + "JOIN supplier_order so ON so.id = l.supplier_order_id "
                        + "JOIN purchase_order po ON po.id = so.purchase_order_id "
                        + "WHERE po.outlet_id = ? AND so.status = 'RECEIVED' ORDER BY so.received_at DESC, l.id DESC",
                ps -> {
                    ps.setLong(1, outletId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            List<Integer> list =
                                    history.computeIfAbsent(new ProductId(rs.getLong(1)), k -> new ArrayList<>());
                            if (list.size() < perProduct) {
                                list.add(rs.getInt(2));
                            }
                        }
                    }
                    return null;
                });
        return history;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<PurchaseOrder> one(String where, Binder binder, boolean lock) {
        List<PurchaseOrder> found = many(where, binder, lock);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<PurchaseOrder> many(String where, Binder binder, boolean lock) {
        List<PurchaseOrder> heads = jdbc.prepareStatement(
                "SELECT " + PO_COLUMNS + " FROM purchase_order po WHERE " + where + (lock ? " FOR UPDATE" : ""), ps -> {
                    binder.bind(ps);
                    List<PurchaseOrder> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Timestamp paid = rs.getTimestamp("paid_at");
                            list.add(new PurchaseOrder(
                                    rs.getLong("id"),
                                    rs.getString("public_id"),
                                    rs.getLong("outlet_id"),
                                    rs.getLong("placed_by"),
                                    PaymentTerms.valueOf(rs.getString("payment")),
                                    PurchaseOrderStatus.valueOf(rs.getString("status")),
                                    rs.getLong("items_satang"),
                                    rs.getObject("reorder_of", Long.class),
                                    paid == null ? null : paid.toInstant(),
                                    rs.getTimestamp("created_at").toInstant(),
                                    List.of(),
                                    null));
                        }
                    }
                    return list;
                });
        if (heads.isEmpty()) {
            return heads;
        }
        List<Long> ids = heads.stream().map(PurchaseOrder::id).toList();
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, List<SupplierOrder>> byPo = new LinkedHashMap<>();
        supplierOrders("so.purchase_order_id IN (" + marks + ") ORDER BY so.id", ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setLong(i + 1, ids.get(i));
                    }
                })
                .forEach(so -> byPo.computeIfAbsent(so.purchaseOrderId(), k -> new ArrayList<>())
                        .add(so));
        Map<Long, Invoice> invoices = credit.invoicesOf(ids);
        return heads.stream()
                .map(h -> new PurchaseOrder(
                        h.id(),
                        h.publicId(),
                        h.outletId(),
                        h.placedBy(),
                        h.payment(),
                        h.status(),
                        h.itemsSatang(),
                        h.reorderOf(),
                        h.paidAt(),
                        h.createdAt(),
                        byPo.getOrDefault(h.id(), List.of()),
                        invoices.get(h.id())))
                .toList();
    }

    private List<SupplierOrder> supplierOrders(String where, Binder binder) {
        List<SupplierOrder> heads = jdbc.prepareStatement(
                "SELECT " + SO_COLUMNS + " FROM supplier_order so JOIN producer pr ON pr.id = so.producer_id WHERE "
                        + where,
                ps -> {
                    binder.bind(ps);
                    List<SupplierOrder> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String carrier = rs.getString("carrier");
                            Timestamp shipped = rs.getTimestamp("shipped_at");
                            Timestamp received = rs.getTimestamp("received_at");
                            list.add(new SupplierOrder(
                                    rs.getLong("id"),
                                    rs.getString("public_id"),
                                    rs.getLong("purchase_order_id"),
                                    new ProducerId(rs.getLong("producer_id")),
                                    rs.getString("producer_th"),
                                    rs.getString("producer_en"),
                                    SupplierOrderStatus.valueOf(rs.getString("status")),
                                    rs.getLong("items_satang"),
                                    rs.getLong("fee_satang"),
                                    rs.getObject("fund_id", Long.class),
                                    rs.getLong("contribution_satang"),
                                    carrier == null ? null : Carrier.valueOf(carrier),
                                    rs.getString("tracking_number"),
                                    shipped == null ? null : shipped.toInstant(),
                                    received == null ? null : received.toInstant(),
                                    List.of()));
                        }
                    }
                    return list;
                });
        if (heads.isEmpty()) {
            return heads;
        }
        List<Long> ids = heads.stream().map(SupplierOrder::id).toList();
        Map<Long, List<SupplierOrderLine>> lines = new LinkedHashMap<>();
        jdbc.prepareStatement(
                "SELECT id, supplier_order_id, product_id, title_th, title_en, category, unit_th, unit_price_satang, "
                        + "quantity, line_satang, case_pack, received_qty, damaged_qty, issue_note FROM supplier_order_line "
                        + "WHERE supplier_order_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?"))
                        + ") ORDER BY id",
                ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setLong(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lines.computeIfAbsent(rs.getLong("supplier_order_id"), k -> new ArrayList<>())
                                    .add(new SupplierOrderLine(
                                            rs.getLong("id"),
                                            new ProductId(rs.getLong("product_id")),
                                            rs.getString("title_th"),
                                            rs.getString("title_en"),
                                            Category.valueOf(rs.getString("category")),
                                            rs.getString("unit_th"),
                                            rs.getLong("unit_price_satang"),
                                            rs.getInt("quantity"),
                                            rs.getLong("line_satang"),
                                            rs.getInt("case_pack"),
                                            rs.getObject("received_qty", Integer.class),
                                            rs.getInt("damaged_qty"),
                                            rs.getString("issue_note")));
                        }
                    }
                    return null;
                });
        return heads.stream()
                .map(h -> new SupplierOrder(
                        h.id(),
                        h.publicId(),
                        h.purchaseOrderId(),
                        h.producerId(),
                        h.producerNameTh(),
                        h.producerNameEn(),
                        h.status(),
                        h.itemsSatang(),
                        h.feeSatang(),
                        h.fundId(),
                        h.contributionSatang(),
                        h.carrier(),
                        h.trackingNumber(),
                        h.shippedAt(),
                        h.receivedAt(),
                        lines.getOrDefault(h.id(), List.of())))
                .toList();
    }

    private void update(String sql, long a, long b) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, a);
            ps.setLong(2, b);
            return ps.executeUpdate();
        });
    }
}
