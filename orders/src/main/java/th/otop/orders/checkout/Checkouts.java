package th.otop.orders.checkout;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.PublicIds;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.catalog.product.Variant;
import th.otop.catalog.transaction.TransactionRetry;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.DuplicateKey;
import th.otop.orders.cart.Carts;
import th.otop.orders.cart.LineKey;
import th.otop.orders.cart.Quantity;
import th.otop.orders.order.Actor;
import th.otop.orders.order.NewOrder;
import th.otop.orders.order.OrderLine;
import th.otop.orders.order.OrderNumber;
import th.otop.orders.order.Orders;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;

/**
 * Places orders. One transaction reserves every line (all or nothing, see {@link StockReservation}) and creates one order
 * per producer, with every price and total read from the database. The idempotency key's unique index decides which
 * of several identical requests places the checkout; the others find it and return it.
 */
@Singleton
public class Checkouts {
    /** The operation tag of checkout's retries in {@code otop_tx_retries_total}. */
    public static final String RETRY_OPERATION = "checkout";

    private final CheckoutRows rows;
    private final Carts carts;
    private final Products products;
    private final StockReservation reservation;
    private final Orders orders;
    private final ShippingRates shipping;
    private final CheckoutOptions options;
    private final Geography geography;
    private final TransactionOperations<Connection> transactions;
    private final Duration reservationTtl;
    private final TransactionRetry retry;

    Checkouts(
            CheckoutRows rows,
            Carts carts,
            Products products,
            StockReservation reservation,
            Orders orders,
            ShippingRates shipping,
            CheckoutOptions options,
            Geography geography,
            TransactionOperations<Connection> transactions,
            @Value("${otop.orders.reservation-ttl:30m}") Duration reservationTtl,
            TransactionRetry retry) {
        this.rows = rows;
        this.carts = carts;
        this.products = products;
        this.reservation = reservation;
        this.orders = orders;
        this.shipping = shipping;
        this.options = options;
        this.geography = geography;
        this.transactions = transactions;
        this.reservationTtl = reservationTtl;
        this.retry = retry;
    }

    /**
     * Places the cart as one checkout, or returns the checkout this idempotency key already placed for the same cart.
     *
     * @throws OutOfStockException when any line cannot be reserved; then nothing is reserved
     * @throws IdempotencyKeyReusedException when the key already placed another cart
     * @throws InvalidInputException for anything else wrong with the request, with Thai and English messages
     */
    public Checkout place(PlaceOrder request) {
        // checked before any transaction: the geography lookup needs no lock and holds none
        PlaceOrder req = validated(request);
        // a lock conflict undoes the whole transaction, key and all, so the retry starts from the key's look-up: it
        // places the checkout once, or finds the one a concurrent duplicate placed
        return retry.run(RETRY_OPERATION, () -> placeOnce(req));
    }

    private Checkout placeOnce(PlaceOrder req) {
        var earlier = transactions.executeRead(status -> rows.byKey(req.idempotencyKey()));
        if (earlier.isPresent()) {
            return sameCartOrRefuse(earlier.get(), req);
        }
        try {
            return transactions.execute(TransactionRetry.READ_COMMITTED, status -> placeNew(req));
        } catch (RuntimeException e) {
            if (!DuplicateKey.isCause(e)) {
                throw e;
            }
            // a concurrent duplicate won the unique index; it has committed, so it can be read now
            return transactions
                    .executeRead(status -> rows.byKey(req.idempotencyKey()))
                    .map(winner -> sameCartOrRefuse(winner, req))
                    .orElseThrow(Checkouts::cartAlreadyOrdered);
        }
    }

    @Transactional
    public Checkout forBuyer(Buyer buyer, String publicId) {
        return rows.byPublicId(publicId)
                .filter(r -> r.buyerKey().equals(buyer.key()))
                .map(CheckoutRows.Row::checkout)
                .orElseThrow(() -> new InvalidInputException(
                        List.of(new FieldError("checkout", "ไม่พบคำสั่งซื้อนี้", "There is no such order"))));
    }

    /** The buyer's newest checkouts, for "my orders": a device's guest orders and its account's together. */
    @Transactional
    public List<Checkout> ofBuyers(List<Buyer> buyers) {
        return rows.byBuyers(buyers.stream().map(Buyer::key).toList(), 50).stream()
                .map(CheckoutRows.Row::checkout)
                .toList();
    }

    /**
     * Follows an order without an account: the order number and the phone number it ships to must both match, so a
     * guessed number alone reveals nothing. The number may be the buyer's order number, one shop's part of it
     * ({@code <number>-2}), or a part's own key as earlier pages showed it.
     */
    @Transactional
    public Optional<Checkout> track(String number, String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[\\s-]", "");
        String typed = number == null ? "" : number.strip().toLowerCase(java.util.Locale.ROOT);
        String key = typed.matches(OrderNumber.PATTERN) ? typed.substring(0, typed.indexOf('-')) : typed;
        if (!key.matches("[a-z0-9]{12}") || !digits.matches("0\\d{9}")) {
            return Optional.empty();
        }
        return rows.byPublicIdAndPhone(key, digits)
                .or(() -> rows.byOrderPublicIdAndPhone(key, digits))
                .map(CheckoutRows.Row::checkout);
    }

    private Checkout placeNew(PlaceOrder req) {
        String publicId = PublicIds.next();
        // first statement of the transaction: claims the key, or fails at once for a duplicate
        CheckoutId id = rows.insert(req, publicId);
        Map<LineKey, Integer> quantities =
                carts.closeForCheckout(req.buyer(), req.cartId()).orElseThrow(Checkouts::cartAlreadyOrdered);
        Map<ProductId, Product> found = products.findAll(
                quantities.keySet().stream().map(LineKey::productId).distinct().toList());
        checkLines(quantities, found);
        Map<ProducerId, List<OrderLine>> byProducer = new LinkedHashMap<>();
        quantities.forEach((line, qty) -> {
            Product p = found.get(line.productId());
            byProducer.computeIfAbsent(p.producerId(), k -> new ArrayList<>()).add(orderLine(p, line, qty));
        });
        options.checkAllowed(req.paymentMethod(), byProducer.keySet());
        reservation.reserveAll(quantities, found, publicId);
        Duration payWithin = req.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY ? null : reservationTtl;
        long items = 0;
        long shippingTotal = 0;
        int part = 0;
        for (var entry : byProducer.entrySet()) {
            long fee = shipping.feeSatang(entry.getValue().stream()
                    .mapToInt(OrderLine::totalWeightGrams)
                    .sum());
            NewOrder order = new NewOrder(
                    id.value(),
                    ++part,
                    byProducer.size(),
                    entry.getKey(),
                    req.paymentMethod(),
                    fee,
                    payWithin,
                    entry.getValue());
            orders.open(order, Actor.buyer(req.buyer()));
            items += order.itemsSatang();
            shippingTotal += fee;
        }
        rows.totals(id, items, shippingTotal);
        return rows.find(id).orElseThrow().checkout();
    }

    /** The line as ordered, priced from the variant when it is one; {@link #checkLines} has checked the variant. */
    private static OrderLine orderLine(Product p, LineKey line, int qty) {
        Variant v =
                line.variantId() == null ? null : p.variant(line.variantId()).orElseThrow();
        return new OrderLine(
                p.id(),
                v == null ? null : v.id(),
                p.titleTh(),
                p.titleEn(),
                v == null ? null : v.nameTh(),
                v == null ? null : v.nameEn(),
                p.category(),
                v == null ? p.priceSatang() : v.priceSatang(),
                qty,
                p.weightGrams(),
                0);
    }

    /**
     * Every line must be a product on sale; a product with variants only as one of its own variants, a product without
     * them only as itself.
     */
    private static void checkLines(Map<LineKey, Integer> quantities, Map<ProductId, Product> found) {
        Checks checks =
                new Checks().require(!quantities.isEmpty(), "cart", "ตะกร้าสินค้าว่างเปล่า", "The cart is empty");
        quantities.forEach((line, qty) -> {
            Product p = found.get(line.productId());
            String field = "product." + line.productId().value();
            boolean onSale = p != null && p.status() == ProductStatus.PUBLISHED;
            checks.require(
                            onSale,
                            field,
                            "สินค้า " + (p == null ? "" : "\"" + p.titleTh() + "\" ") + "ไม่มีจำหน่ายแล้ว",
                            "A product " + (p == null ? "" : "\"" + p.title(java.util.Locale.ENGLISH) + "\" ")
                                    + "is no longer on sale")
                    .range(qty, Quantity.MIN, Quantity.MAX, field, "จำนวน", "The quantity");
            if (onSale) {
                checks.require(
                        line.variantId() == null
                                ? !p.hasVariants()
                                : p.variant(line.variantId()).isPresent(),
                        field,
                        "กรุณาเลือกตัวเลือกของ \"" + p.titleTh() + "\" ใหม่อีกครั้ง",
                        "Choose an option of \"" + p.title(java.util.Locale.ENGLISH) + "\" again");
            }
        });
        checks.throwIfInvalid();
    }

    private PlaceOrder validated(PlaceOrder request) {
        ShippingAddress address =
                request.address() == null ? null : request.address().normalized();
        // the phone the order ships to is enough to reach the buyer: many sign up with a phone number and no email
        String email = request.email() == null || request.email().isBlank()
                ? null
                : request.email().strip();
        Checks checks = new Checks()
                .require(request.buyer() != null, "buyer", "ไม่พบผู้ซื้อ", "The buyer is missing")
                .require(request.cartId() != null, "cart", "ไม่พบตะกร้าสินค้า", "The cart is missing")
                .require(
                        request.idempotencyKey() != null
                                && request.idempotencyKey().matches("[A-Za-z0-9_-]{8,64}"),
                        "idempotencyKey",
                        "คำขอไม่ถูกต้อง กรุณาโหลดหน้าใหม่",
                        "The request is not valid; please reload the page")
                .require(
                        email == null || email.length() <= 200 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email",
                        "อีเมลไม่ถูกต้อง",
                        "The email address is not valid")
                .require(
                        request.paymentMethod() != null, "paymentMethod", "กรุณาเลือกวิธีชำระเงิน", "Choose how to pay")
                .require(address != null, "address", "กรุณากรอกที่อยู่จัดส่ง", "The shipping address is required");
        if (address != null) {
            geography.check(address.place(), address.check(checks));
        }
        checks.throwIfInvalid();
        return new PlaceOrder(
                request.buyer(), request.cartId(), request.idempotencyKey(), email, address, request.paymentMethod());
    }

    private static Checkout sameCartOrRefuse(CheckoutRows.Row earlier, PlaceOrder req) {
        if (earlier.cartId() != req.cartId().value()
                || !earlier.buyerKey().equals(req.buyer().key())) {
            throw new IdempotencyKeyReusedException();
        }
        return earlier.checkout();
    }

    private static InvalidInputException cartAlreadyOrdered() {
        return new InvalidInputException(List.of(new FieldError(
                "cart",
                "ตะกร้านี้ถูกสั่งซื้อไปแล้ว กรุณาดูคำสั่งซื้อของคุณ",
                "This cart has already been ordered; see your orders")));
    }
}
