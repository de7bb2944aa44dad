package th.otop.sellerportal.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.orders.Buyer;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.cart.LineKey;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.PlaceOrder;
import th.otop.orders.order.Actor;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.PurchaseRequest;

/**
 * Object mother for orders: buyers who order a producer's published listing through the orders API, as the storefront
 * does ({@link Carts} then {@link Checkouts#place}).
 */
public final class Buyers {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String PASSWORD = "รหัสผ่านยาวพอ123";

    private final Accounts accounts;
    private final Producers producers;
    private final Products products;
    private final Carts carts;
    private final Checkouts checkouts;
    private final Orders orders;
    private final Outlets outlets;
    private final OutletMembers members;
    private final PurchaseOrders purchaseOrders;
    private final TransactionOperations<?> transactions;

    public Buyers(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.producers = context.getBean(Producers.class);
        this.products = context.getBean(Products.class);
        this.carts = context.getBean(Carts.class);
        this.checkouts = context.getBean(Checkouts.class);
        this.orders = context.getBean(Orders.class);
        this.outlets = context.getBean(Outlets.class);
        this.members = context.getBean(OutletMembers.class);
        this.purchaseOrders = context.getBean(PurchaseOrders.class);
        this.transactions = context.getBean(TransactionOperations.class);
    }

    /** A verified Sukjai Shop outlet of Surin and its owner, who signs in with the portal tests' password. */
    public record OutletBuyer(Outlet outlet, OutletMember owner) {}

    /** An outlet signed up and verified, linked to the community fund. */
    public OutletBuyer verifiedOutlet(String login, String name, long fundId) {
        Account owner = accounts.register(new SignUp(login, PASSWORD, "เจ้าของ " + name, Role.CONSUMER, false));
        Outlet outlet = outlets.signUp(
                owner.id(), new OutletApplication(name, null, 32, "1 หมู่ 1 ต.ท่าสว่าง", "บริษัทประชารัฐ", fundId));
        return new OutletBuyer(
                outlets.decide(outlet.id(), OutletStatus.VERIFIED, null),
                members.of(owner.id()).orElseThrow());
    }

    /** The outlet's member orders one product, as the storefront's order form does. */
    public PurchaseOrder purchase(OutletMember member, ProductId product, int quantity, PaymentTerms terms) {
        return purchaseOrders.place(new PurchaseRequest(
                member, UUID.randomUUID().toString(), List.of(new PurchaseRequest.Line(product, quantity)), terms));
    }

    /** The producer of a member who signed up with {@link PortalSession#newProducer}. */
    public ProducerId producerOf(String login) {
        return accounts.authenticate(login, PASSWORD).orElseThrow().producerId();
    }

    /** An officer verified the shop, so its listings can be published and bought. */
    public void verify(ProducerId producer) {
        producers.decideVerification(producer, Verification.VERIFIED, "ตรวจแล้ว");
    }

    /** Publishes the listing (as its producer) and answers it. */
    public Product publish(ProducerId producer, String publicId) {
        Product product = products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow();
        products.publish(producer, product.id());
        return products.find(product.id()).orElseThrow();
    }

    /** A new guest buyer orders {@code quantity} of the published listing and answers the producer's order. */
    public Order order(String productPublicId, int quantity, PaymentMethod method, ShippingAddress address) {
        return order(productPublicId, null, quantity, method, address);
    }

    /** Like {@link #order(String, int, PaymentMethod, ShippingAddress)}, of one variant (size, colour) when not null. */
    public Order order(
            String productPublicId,
            @Nullable Long variantId,
            int quantity,
            PaymentMethod method,
            ShippingAddress address) {
        Product product = products.findPublished(productPublicId).orElseThrow();
        Buyer buyer = Buyer.guest("portal-buyer-" + COUNT.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        Cart cart = carts.add(buyer, new LineKey(product.id(), variantId), quantity);
        var checkout = checkouts.place(
                new PlaceOrder(buyer, cart.id(), UUID.randomUUID().toString(), "buyer@example.org", address, method));
        List<Order> placed = orders.ofCheckout(checkout.id().value());
        return placed.stream()
                .filter(o -> o.producerId().equals(product.producerId()))
                .findFirst()
                .orElseThrow();
    }

    /** A card order the payment provider reported paid, as its webhook does: the platform owes the producer its part. */
    public Order paidByCard(String productPublicId, int quantity) {
        Order order = order(productPublicId, quantity, PaymentMethod.STRIPE);
        return transactions.executeWrite(status -> orders.confirmPayment(order.id(), Actor.system("stripe")));
    }

    /** The producer accepts, packs, ships and delivers the order, as its order page does. */
    public Order delivered(Order order) {
        ProducerId producer = order.producerId();
        if (order.paymentMethod() == PaymentMethod.PROMPTPAY && !order.isPaid()) {
            orders.confirmPromptPayReceived(producer, order.id());
        }
        orders.accept(producer, order.id());
        orders.markPacked(producer, order.id());
        orders.markShipped(
                producer,
                order.id(),
                Carrier.KERRY,
                "KER" + (1_000_000_000L + order.id().value()));
        return orders.markDelivered(producer, order.id());
    }

    public Order order(String productPublicId, int quantity, PaymentMethod method) {
        return order(productPublicId, quantity, method, inChiangMai());
    }

    public static ShippingAddress inChiangMai() {
        return new ShippingAddress(
                "มาลี ศรีสุข", "0891234567", "12/3 หมู่ 5 ถนนห้วยแก้ว", "สุเทพ", "เมืองเชียงใหม่", 50, "50200");
    }

    public static ShippingAddress inBangkok() {
        return new ShippingAddress(
                "Somchai Buyer", "0823456789", "88 ซอยสุขุมวิท 24", "คลองตัน", "คลองเตย", 10, "10110");
    }
}
