package th.otop.orders.wholesale;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.PublicIds;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.catalog.stock.MovementReason;
import th.otop.catalog.stock.Stock;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.orders.DuplicateKey;
import th.otop.orders.checkout.OutOfStockException;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.ledger.FundContributions;
import th.otop.orders.ledger.FundShare;
import th.otop.orders.ledger.PlatformFees;
import th.otop.orders.notification.LowStockMails;
import th.otop.orders.order.Carrier;
import th.otop.orders.payment.PaymentGateways;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.PaymentRequest;
import th.otop.orders.survey.Surveys;

/**
 * Outlets' purchase orders. Placing one is one transaction, like consumer checkout: every line is checked against the
 * producer's current wholesale terms and priced at its tier from the database, net terms are checked against the locked
 * credit line, every line's stock is reserved (all or nothing), and one supplier order per producer is written. The
 * idempotency key's unique index decides which of several identical requests places it.
 *
 * <p>An outlet member's methods act on that outlet's orders only, a producer's on its own supplier orders only: anything
 * else is {@link PurchaseOrderNotFoundException}, as if it did not exist.
 */
@Singleton
public class PurchaseOrders {
    static final int MAX_LINES = 100;
    static final int LIST_LIMIT = 100;

    private final PurchaseOrderRows rows;
    private final Outlets outlets;
    private final Products products;
    private final Producers producers;
    private final WholesaleCatalogue catalogue;
    private final Stock stock;
    private final PlatformFees fees;
    private final FundContributions contributions;
    private final CreditLines credit;
    private final WholesaleLedger ledger;
    private final PaymentGateways gateways;
    private final Complaints complaints;
    private final LowStockMails lowStock;
    private final Surveys surveys;
    private final TransactionOperations<Connection> transactions;

    PurchaseOrders(
            PurchaseOrderRows rows,
            Outlets outlets,
            Products products,
            Producers producers,
            WholesaleCatalogue catalogue,
            Stock stock,
            PlatformFees fees,
            FundContributions contributions,
            CreditLines credit,
            WholesaleLedger ledger,
            PaymentGateways gateways,
            Complaints complaints,
            LowStockMails lowStock,
            Surveys surveys,
            TransactionOperations<Connection> transactions) {
        this.rows = rows;
        this.outlets = outlets;
        this.products = products;
        this.producers = producers;
        this.catalogue = catalogue;
        this.stock = stock;
        this.fees = fees;
        this.contributions = contributions;
        this.credit = credit;
        this.ledger = ledger;
        this.gateways = gateways;
        this.complaints = complaints;
        this.lowStock = lowStock;
        this.surveys = surveys;
        this.transactions = transactions;
    }

    /**
     * Places the purchase order, or returns the one this idempotency key already placed for the same outlet.
     *
     * @throws InvalidInputException with Thai and English messages for each line under its minimum or not in whole
     *     cases, over the credit limit (naming what remains), overdue invoices, short stock; then nothing is saved
     */
    public PurchaseOrder place(PurchaseRequest request) {
        return place(request, null);
    }

    /** Places the lines of an earlier purchase order again, re-priced and re-checked against today's terms and stock. */
    public PurchaseOrder reorder(
            OutletMember member, String purchaseOrderPublicId, String idempotencyKey, PaymentTerms payment) {
        PurchaseOrder earlier = find(member, purchaseOrderPublicId);
        Map<ProductId, Integer> quantities = new LinkedHashMap<>();
        earlier.supplierOrders()
                .forEach(so -> so.lines().forEach(l -> quantities.merge(l.productId(), l.quantity(), Integer::sum)));
        List<PurchaseRequest.Line> lines = quantities.entrySet().stream()
                .map(e -> new PurchaseRequest.Line(e.getKey(), e.getValue()))
                .toList();
        return place(new PurchaseRequest(member, idempotencyKey, lines, payment), earlier.id());
    }

    @Transactional
    public PurchaseOrder find(OutletMember member, String publicId) {
        return rows.findByPublicId(publicId)
                .filter(po -> po.outletId() == member.outletId())
                .orElseThrow(() -> new PurchaseOrderNotFoundException(publicId));
    }

    /** The outlet's newest purchase orders. */
    @Transactional
    public List<PurchaseOrder> list(OutletMember member) {
        return rows.ofOutlet(member.outletId(), LIST_LIMIT);
    }

    /**
     * What the outlet pays on a prepaid purchase order: one PromptPay code per supplier order still awaiting payment, to
     * that producer's PromptPay id for the exact amount of its supplier order, as at consumer checkout.
     */
    @Transactional
    public List<PaymentInstructions.PromptPayCodes.Code> paymentCodes(
            OutletMember member, String purchaseOrderPublicId) {
        PurchaseOrder po = find(member, purchaseOrderPublicId);
        List<PaymentRequest.Payee> payees = new ArrayList<>();
        for (SupplierOrder so : po.supplierOrders()) {
            String promptPayId =
                    producers.find(so.producerId()).map(Producer::promptPayId).orElse(null);
            if (so.status() == SupplierOrderStatus.AWAITING_PAYMENT && promptPayId != null && !promptPayId.isBlank()) {
                payees.add(new PaymentRequest.Payee(
                        so.publicId(), so.publicId(), so.producerNameTh(), promptPayId, so.itemsSatang()));
            }
        }
        if (payees.isEmpty()) {
            return List.of();
        }
        long total =
                payees.stream().mapToLong(PaymentRequest.Payee::amountSatang).sum();
        var codes = (PaymentInstructions.PromptPayCodes)
                gateways.of(PaymentMethod.PROMPTPAY).instruct(new PaymentRequest(po.publicId(), total, payees));
        return codes.codes();
    }

    /**
     * The producer saw the outlet's PromptPay transfer for its supplier order arrive: it may ship. The purchase order is
     * confirmed once every producer has confirmed.
     */
    @Transactional
    public SupplierOrder confirmPaymentReceived(ProducerId producer, String supplierOrderPublicId) {
        // locks the supplier order and its purchase order, so two producers confirming at once see each other
        long[] so = rows.lockSupplierOrder(supplierOrderPublicId)
                .filter(r -> r[3] == producer.value())
                .orElseThrow(() -> new PurchaseOrderNotFoundException(supplierOrderPublicId));
        PurchaseOrder po = rows.find(so[1]).orElseThrow();
        SupplierOrder order = supplierOrder(so[1], so[0]);
        new Checks()
                .require(
                        po.payment() == PaymentTerms.PREPAID && order.status() == SupplierOrderStatus.AWAITING_PAYMENT,
                        "status",
                        "คำสั่งซื้อนี้ไม่ได้รอการชำระเงิน",
                        "This order is not awaiting payment")
                .throwIfInvalid();
        rows.paid(so[0]);
        ledger.sale(po, order);
        boolean allPaid = po.supplierOrders().stream()
                .allMatch(s -> s.id() == so[0] || s.status() != SupplierOrderStatus.AWAITING_PAYMENT);
        if (allPaid) {
            rows.confirm(po.id(), null, true);
        }
        return supplierOrder(so[1], so[0]);
    }

    /** The outlet withdraws a purchase order it has not paid yet; the stock goes back. */
    @Transactional
    public PurchaseOrder cancelUnpaid(OutletMember member, String purchaseOrderPublicId) {
        PurchaseOrder po = rows.lockByPublicId(purchaseOrderPublicId)
                .filter(p -> p.outletId() == member.outletId())
                .orElseThrow(() -> new PurchaseOrderNotFoundException(purchaseOrderPublicId));
        new Checks()
                .require(
                        po.status() == PurchaseOrderStatus.AWAITING_PAYMENT
                                && po.supplierOrders().stream()
                                        .allMatch(so -> so.status() == SupplierOrderStatus.AWAITING_PAYMENT),
                        "status",
                        "ยกเลิกได้เฉพาะใบสั่งซื้อที่ยังไม่ได้ชำระเงิน",
                        "Only an unpaid purchase order can be cancelled")
                .throwIfInvalid();
        rows.cancel(po.id());
        // by product id, the order in which placing locks stock, so a release never deadlocks with an order being
        // placed
        po.supplierOrders().stream()
                .flatMap(so -> so.lines().stream())
                .sorted(Comparator.comparingLong(l -> l.productId().value()))
                .forEach(l -> stock.release(l.productId(), l.quantity(), MovementReason.CANCELLATION, po.publicId()));
        return rows.find(po.id()).orElseThrow();
    }

    @Transactional
    public SupplierOrder ship(
            ProducerId producer, String supplierOrderPublicId, Carrier carrier, String trackingNumber) {
        long[] so = rows.lockSupplierOrder(supplierOrderPublicId)
                .filter(r -> r[3] == producer.value())
                .orElseThrow(() -> new PurchaseOrderNotFoundException(supplierOrderPublicId));
        SupplierOrder order = supplierOrder(so[1], so[0]);
        String tracking = trackingNumber == null ? null : trackingNumber.strip().toUpperCase(Locale.ROOT);
        new Checks()
                .require(
                        order.status() == SupplierOrderStatus.CONFIRMED,
                        "status",
                        "ส่งได้เฉพาะคำสั่งซื้อที่ยืนยันแล้วและยังไม่ได้ส่ง",
                        "Only a confirmed order that was not shipped yet can be shipped")
                .require(carrier != null, "carrier", "กรุณาเลือกบริษัทขนส่ง", "Choose the carrier")
                .require(
                        tracking != null && tracking.matches("[A-Z0-9-]{6,40}"),
                        "trackingNumber",
                        "เลขพัสดุต้องเป็นตัวอักษรภาษาอังกฤษหรือตัวเลข 6-40 ตัว",
                        "The tracking number must be 6-40 letters or digits")
                .throwIfInvalid();
        rows.shipped(so[0], carrier, tracking);
        return supplierOrder(so[1], so[0]);
    }

    /**
     * The outlet confirms what arrived of each line of a shipped supplier order: in good order, damaged, the rest
     * missing, with a note whenever something is damaged or missing. That completes the supplier order; anything damaged
     * or missing opens a complaint to the producer about it, in the same transaction, and the outlet is invited to a
     * satisfaction survey about the supplier order.
     */
    @Transactional
    public SupplierOrder receive(OutletMember member, String supplierOrderPublicId, List<Receipt> receipts) {
        long[] so = rows.lockSupplierOrder(supplierOrderPublicId)
                .filter(r -> r[2] == member.outletId())
                .orElseThrow(() -> new PurchaseOrderNotFoundException(supplierOrderPublicId));
        SupplierOrder order = supplierOrder(so[1], so[0]);
        Checks checks = new Checks()
                .require(
                        order.status() == SupplierOrderStatus.SHIPPED,
                        "status",
                        "รับสินค้าได้เมื่อผู้ผลิตจัดส่งแล้วและยังไม่ได้รับ",
                        "Goods can be received once shipped, and only once");
        Map<Long, SupplierOrderLine> lines = new LinkedHashMap<>();
        order.lines().forEach(l -> lines.put(l.id(), l));
        Set<Long> seen = new HashSet<>();
        for (Receipt r : receipts == null ? List.<Receipt>of() : receipts) {
            SupplierOrderLine line = lines.get(r.lineId());
            String field = "line." + r.lineId();
            if (line == null || !seen.add(r.lineId())) {
                checks.require(false, field, "ไม่พบรายการสินค้านี้ในคำสั่งซื้อ", "This line is not in the order");
                continue;
            }
            boolean issue = r.goodQuantity() < line.quantity();
            checks.require(
                            r.goodQuantity() >= 0
                                    && r.damagedQuantity() >= 0
                                    && r.goodQuantity() + r.damagedQuantity() <= line.quantity(),
                            field,
                            "\"" + line.titleTh() + "\" รับได้ไม่เกิน " + line.quantity() + " ชิ้นรวมที่ชำรุด",
                            "\"" + line.title(Locale.ENGLISH) + "\": good and damaged together are at most "
                                    + line.quantity())
                    .require(
                            !issue || (r.note() != null && !r.note().isBlank()),
                            field,
                            "\"" + line.titleTh() + "\" ได้รับไม่ครบหรือชำรุด กรุณาระบุรายละเอียด",
                            "\"" + line.title(Locale.ENGLISH) + "\" is short or damaged: describe what happened")
                    .maxLength(r.note(), 500, field, "รายละเอียด", "The note");
        }
        checks.require(
                seen.containsAll(lines.keySet()),
                "lines",
                "กรุณาระบุจำนวนที่ได้รับทุกรายการ",
                "Enter the received quantity of every line");
        checks.throwIfInvalid();
        rows.received(so[0], member.accountId(), receipts);
        SupplierOrder received = supplierOrder(so[1], so[0]);
        if (received.hasIssue()) {
            ReceivingReport report = new ReceivingReport(rows.find(so[1]).orElseThrow(), received);
            complaints.open(
                    Party.outlet(member),
                    ComplaintSubject.ORDER,
                    received.publicId(),
                    received.producerId(),
                    report.category(),
                    report.message(),
                    null);
        }
        surveys.inviteOutlet(member.outletId(), received.publicId());
        return received;
    }

    /** Suggested quantities for the outlet's next order, from its receiving history and today's terms. */
    @Transactional
    public List<ReorderSuggestion> suggestions(OutletMember member) {
        Map<ProductId, List<Integer>> history = rows.receiptHistory(member.outletId(), 3);
        List<ProductId> ids = new ArrayList<>(history.keySet());
        Map<ProductId, Product> found = products.findAll(ids);
        Map<ProductId, WholesaleTerms> terms = catalogue.findAll(ids);
        List<ReorderSuggestion> suggestions = new ArrayList<>();
        history.forEach((id, quantities) -> {
            Product p = found.get(id);
            WholesaleTerms t = terms.get(id);
            if (p == null || t == null || p.status() != ProductStatus.PUBLISHED) {
                return;
            }
            int sum = quantities.stream().mapToInt(Integer::intValue).sum();
            int average = (sum + quantities.size() - 1) / quantities.size();
            int suggested = t.roundUp(Math.max(1, average));
            suggestions.add(new ReorderSuggestion(
                    id, p.publicId(), p.titleTh(), p.titleEn(), quantities, suggested, t.unitPriceSatang(suggested)));
        });
        return suggestions;
    }

    private SupplierOrder supplierOrder(long purchaseOrderId, long supplierOrderId) {
        return rows.find(purchaseOrderId).orElseThrow().supplierOrders().stream()
                .filter(s -> s.id() == supplierOrderId)
                .findFirst()
                .orElseThrow();
    }

    private PurchaseOrder place(PurchaseRequest request, Long reorderOf) {
        validate(request);
        var earlier = transactions.executeRead(status -> rows.byKey(request.idempotencyKey()));
        if (earlier.isPresent()) {
            return sameOutletOrRefuse(earlier.get(), request);
        }
        try {
            return transactions.executeWrite(status -> placeNew(request, reorderOf));
        } catch (RuntimeException e) {
            if (!DuplicateKey.isCause(e)) {
                throw e;
            }
            return transactions
                    .executeRead(status -> rows.byKey(request.idempotencyKey()))
                    .map(winner -> sameOutletOrRefuse(winner, request))
                    .orElseThrow(() -> e);
        }
    }

    private PurchaseOrder placeNew(PurchaseRequest req, Long reorderOf) {
        Outlet outlet = outlets.find(req.member().outletId()).orElseThrow();
        new Checks()
                .require(
                        outlet.isVerified(),
                        "outlet",
                        "ร้านยังไม่ได้รับการตรวจสอบจากเจ้าหน้าที่ พช. จึงยังสั่งซื้อแบบขายส่งไม่ได้",
                        "The outlet has not been verified by a CDD officer yet, so it cannot order wholesale")
                .throwIfInvalid();
        String publicId = PublicIds.next();
        long poId = rows.insert(req, publicId, reorderOf);
        List<ProductId> ids =
                req.lines().stream().map(PurchaseRequest.Line::productId).toList();
        Map<ProductId, Product> found = products.findAll(ids);
        Map<ProductId, WholesaleTerms> terms = catalogue.findAll(ids);
        Map<ProducerId, Producer> makers = new LinkedHashMap<>();
        found.values()
                .forEach(p -> makers.computeIfAbsent(
                        p.producerId(), k -> producers.find(k).orElseThrow()));
        Checks checks = new Checks();
        for (PurchaseRequest.Line line : req.lines()) {
            Product p = found.get(line.productId());
            WholesaleTerms t = terms.get(line.productId());
            String field = "product." + line.productId().value();
            boolean onSale = p != null
                    && p.status() == ProductStatus.PUBLISHED
                    && makers.get(p.producerId()).isVerified();
            if (!onSale || t == null) {
                checks.require(
                        false,
                        field,
                        "สินค้า " + (p == null ? "" : "\"" + p.titleTh() + "\" ") + "ไม่มีขายส่งแล้ว",
                        "A product " + (p == null ? "" : "\"" + p.title(Locale.ENGLISH) + "\" ")
                                + "is no longer sold wholesale");
                continue;
            }
            t.checkQuantity(checks, field, p.titleTh(), p.title(Locale.ENGLISH), line.quantity());
            if (req.payment() == PaymentTerms.PREPAID) {
                String promptPayId = makers.get(p.producerId()).promptPayId();
                checks.require(
                        promptPayId != null && !promptPayId.isBlank(),
                        field,
                        "\"" + p.titleTh()
                                + "\" ผู้ผลิตยังไม่มีพร้อมเพย์ จึงชำระก่อนไม่ได้ กรุณาเลือกเครดิตหรือแยกสั่ง",
                        "\"" + p.title(Locale.ENGLISH) + "\": the producer has no PromptPay id to prepay; choose net "
                                + "terms or order it separately");
            }
            if (req.payment() == PaymentTerms.NET_TERMS) {
                checks.require(
                        t.acceptsNetTerms(),
                        field,
                        "\"" + p.titleTh() + "\" ผู้ผลิตไม่รับเครดิต กรุณาชำระก่อนหรือแยกสั่ง",
                        "\"" + p.title(Locale.ENGLISH) + "\": the producer does not accept net terms; prepay or "
                                + "order it separately");
            }
        }
        checks.throwIfInvalid();

        Map<ProducerId, List<PurchaseOrderRows.NewLine>> byProducer = new LinkedHashMap<>();
        for (PurchaseRequest.Line line : req.lines()) {
            Product p = found.get(line.productId());
            WholesaleTerms t = terms.get(line.productId());
            byProducer
                    .computeIfAbsent(p.producerId(), k -> new ArrayList<>())
                    .add(new PurchaseOrderRows.NewLine(
                            p.id(),
                            p.titleTh(),
                            p.titleEn(),
                            p.category(),
                            p.unitTh(),
                            t.unitPriceSatang(line.quantity()),
                            line.quantity(),
                            t.casePack()));
        }
        List<PurchaseOrderRows.NewSupplierOrder> orders = new ArrayList<>();
        long total = 0;
        for (var entry : byProducer.entrySet()) {
            long items = entry.getValue().stream()
                    .mapToLong(l -> l.unitPriceSatang() * l.quantity())
                    .sum();
            long fee = entry.getValue().stream()
                    .mapToLong(l -> fees.feeSatang(l.category(), l.unitPriceSatang() * l.quantity()))
                    .sum();
            FundShare share = contributions.shareOf(entry.getKey(), items).orElse(null);
            orders.add(new PurchaseOrderRows.NewSupplierOrder(
                    entry.getKey(),
                    items,
                    fee,
                    share == null ? null : share.fundId(),
                    share == null ? 0 : share.satang(),
                    entry.getValue()));
            total += items;
        }
        CreditStatus creditStatus = null;
        if (req.payment() == PaymentTerms.NET_TERMS) {
            creditStatus = credit.lockedStatus(outlet.id());
            credit.checkCanDraw(creditStatus, total);
        }
        reserveAll(req, found, publicId);
        SupplierOrderStatus initial = req.payment() == PaymentTerms.NET_TERMS
                ? SupplierOrderStatus.CONFIRMED
                : SupplierOrderStatus.AWAITING_PAYMENT;
        orders.forEach(o -> rows.insertSupplierOrder(poId, o, initial));
        rows.setTotal(poId, total);
        if (req.payment() == PaymentTerms.NET_TERMS) {
            rows.confirm(poId, null, false);
            credit.invoice(poId, creditStatus, total);
            PurchaseOrder po = rows.find(poId).orElseThrow();
            po.supplierOrders().forEach(so -> ledger.sale(po, so));
        }
        return rows.find(poId).orElseThrow();
    }

    /** In product id order, so two orders sharing products lock them in the same order; names every short line. */
    private void reserveAll(PurchaseRequest req, Map<ProductId, Product> found, String reference) {
        List<OutOfStockException.Shortage> shortages = new ArrayList<>();
        req.lines().stream()
                .sorted(Comparator.comparingLong(l -> l.productId().value()))
                .forEach(l -> {
                    if (!stock.reserve(l.productId(), l.quantity(), MovementReason.WHOLESALE_SALE, reference)) {
                        Product p = found.get(l.productId());
                        shortages.add(new OutOfStockException.Shortage(p.id(), p.titleTh(), l.quantity(), p.stock()));
                    }
                });
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(shortages);
        }
        req.lines().stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.productId(), l -> l.quantity(), Integer::sum))
                .forEach(lowStock::afterSale);
    }

    private static void validate(PurchaseRequest request) {
        Checks checks = new Checks()
                .require(request.member() != null, "outlet", "ไม่พบร้านผู้สั่งซื้อ", "The outlet is missing")
                .require(
                        request.idempotencyKey() != null
                                && request.idempotencyKey().matches("[A-Za-z0-9_-]{8,64}"),
                        "idempotencyKey",
                        "คำขอไม่ถูกต้อง กรุณาโหลดหน้าใหม่",
                        "The request is not valid; please reload the page")
                .require(request.payment() != null, "payment", "กรุณาเลือกวิธีชำระเงิน", "Choose how to pay")
                .require(
                        request.lines() != null
                                && !request.lines().isEmpty()
                                && request.lines().size() <= MAX_LINES,
                        "lines",
                        "ใบสั่งซื้อต้องมี 1 ถึง " + MAX_LINES + " รายการ",
                        "A purchase order has 1 to " + MAX_LINES + " lines");
        if (request.lines() != null) {
            Set<ProductId> seen = new HashSet<>();
            for (PurchaseRequest.Line line : request.lines()) {
                checks.require(
                        line != null && line.productId() != null && seen.add(line.productId()),
                        "lines",
                        "มีสินค้าซ้ำหรือไม่ระบุสินค้าในใบสั่งซื้อ",
                        "A product is missing or appears twice in the order");
            }
        }
        checks.throwIfInvalid();
    }

    private static PurchaseOrder sameOutletOrRefuse(PurchaseOrder earlier, PurchaseRequest req) {
        if (earlier.outletId() != req.member().outletId()) {
            throw new InvalidInputException(List.of(new FieldError(
                    "idempotencyKey",
                    "คำขอไม่ถูกต้อง กรุณาโหลดหน้าใหม่",
                    "The request is not valid; please reload the page")));
        }
        return earlier;
    }
}
