package th.otop.orders;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.product.VariantDraft;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.PlaceOrder;
import th.otop.orders.order.Actor;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;

/** Object mother for the order tests: verified producers, published products, buyers with carts, placed checkouts. */
public final class TestShop {
    /** A valid PromptPay mobile number, as producers register it. */
    public static final String PROMPTPAY_MOBILE = "0812345678";

    private static final AtomicInteger BUYERS = new AtomicInteger();

    /** The account the fixtures' officer grades under. */
    public static final long GRADING_OFFICER = 9_001;

    private final Producers producers;
    private final Products products;
    private final OfficerActions officer;
    private final Carts carts;
    private final Checkouts checkouts;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Orders orders;

    @SuppressWarnings("unchecked")
    public TestShop(ApplicationContext context) {
        this.producers = context.getBean(Producers.class);
        this.products = context.getBean(Products.class);
        this.officer = context.getBean(OfficerActions.class);
        this.carts = context.getBean(Carts.class);
        this.checkouts = context.getBean(Checkouts.class);
        this.jdbc = context.getBean(JdbcOperations.class);
        this.transactions = context.getBean(TransactionOperations.class);
        this.orders = context.getBean(Orders.class);
    }

    /** A verified silk weavers' group in Surin that takes PromptPay and, if asked, cash on delivery. */
    public ProducerId producer(boolean acceptsCashOnDelivery) {
        ProducerId id = producers.register(new ProducerProfile(
                ProducerKind.COMMUNITY_ENTERPRISE,
                "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
                "Ban Tha Sawang Silk Weavers",
                null,
                null,
                32,
                "เมืองสุรินทร์",
                "สลักได",
                null,
                "ท่าสว่าง",
                "0812345678",
                "silk@example.org",
                PROMPTPAY_MOBILE,
                acceptsCashOnDelivery));
        producers.decideVerification(id, Verification.VERIFIED, "checked");
        return id;
    }

    public ProductId product(ProducerId producer, long priceSatang, int stock) {
        return product(producer, priceSatang, stock, 300, Category.CLOTH);
    }

    public ProductId product(ProducerId producer, long priceSatang, int stock, int weightGrams, Category category) {
        ProductId id = products.create(
                producer,
                new ProductDraft(
                        "ผ้าไหมมัดหมี่",
                        "Mudmee silk",
                        null,
                        null,
                        category,
                        priceSatang,
                        stock,
                        "ผืน",
                        "piece",
                        weightGrams,
                        3));
        products.publish(producer, id);
        officer.recordGrade(GRADING_OFFICER, id, Grading.of(5, 2024));
        return id;
    }

    /** A variant (size, colour) of the product with its own price and stock; answers its id. */
    public long variant(ProducerId producer, ProductId product, String nameTh, long priceSatang, int stock) {
        return products.addVariant(producer, product, new VariantDraft(nameTh, null, priceSatang, stock, null));
    }

    public static Buyer newBuyer() {
        return Buyer.guest("guest-" + BUYERS.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    public static ShippingAddress address() {
        return new ShippingAddress(
                "สมหญิง ใจดี", "081-234-5678", "99/1 หมู่ 4 ถนนเทศบาล 1", "ในเมือง", "เมืองสุรินทร์", 32, "32000");
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public Cart cartWith(Buyer buyer, ProductId product, int quantity) {
        return carts.add(buyer, product, quantity);
    }

    public PlaceOrder request(Buyer buyer, Cart cart, String key, PaymentMethod method) {
        return new PlaceOrder(buyer, cart.id(), key, "buyer@example.org", address(), method);
    }

    public Checkout buy(ProductId product, int quantity, PaymentMethod method) {
        Buyer buyer = newBuyer();
        Cart cart = cartWith(buyer, product, quantity);
        return checkouts.place(request(buyer, cart, newKey(), method));
    }

    /** A card order the payment provider reported paid: the platform now owes the producer its part. */
    public Order paidByCard(ProductId product, int quantity) {
        Checkout checkout = buy(product, quantity, PaymentMethod.STRIPE);
        return transactions.executeWrite(
                status -> orders.confirmPayment(checkout.orders().get(0).id(), Actor.system("stripe")));
    }

    public int stockOf(ProductId product) {
        return queryInt("SELECT stock FROM product WHERE id=" + product.value());
    }

    public int variantStockOf(long variant) {
        return queryInt("SELECT stock FROM product_variant WHERE id=" + variant);
    }

    /** An integer from SQL, read in a transaction of its own. */
    public int queryInt(String sql) {
        return (int) queryLong(sql);
    }

    public long queryLong(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    public String queryString(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }

    /** Every checkout's entries, and so all entries, sum to zero. */
    public void assertLedgerBalances() {
        long unbalancedCheckouts = queryLong("SELECT COUNT(*) FROM (SELECT checkout_id FROM ledger_entry WHERE "
                + "checkout_id IS NOT NULL GROUP BY checkout_id HAVING SUM(amount_satang) <> 0) t");
        long total = queryLong("SELECT COALESCE(SUM(amount_satang), 0) FROM ledger_entry");
        if (unbalancedCheckouts != 0 || total != 0) {
            throw new AssertionError(
                    "ledger out of balance: " + unbalancedCheckouts + " checkouts unbalanced, total " + total);
        }
    }
}
