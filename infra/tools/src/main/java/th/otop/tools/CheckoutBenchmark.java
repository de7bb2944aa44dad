package th.otop.tools;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import th.otop.catalog.product.ProductId;
import th.otop.devstack.TestServices;
import th.otop.orders.Buyer;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.OutOfStockException;
import th.otop.orders.checkout.PlaceOrder;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentMethod;

/**
 * Checkout throughput and latency with 32 concurrent buyers over 1,000 products with stock: each buyer
 * fills a cart with one to three products (often from different producers) and places the order. Then a
 * scarce-stock round where buyers outnumber the units, and the oversell count over both (must be 0).
 */
public final class CheckoutBenchmark {
    private static final int BUYERS = 32;
    private static final int PRODUCTS = 1_000;
    private static final int INITIAL_STOCK = 10_000;
    private static final ShippingAddress ADDRESS =
            new ShippingAddress("สมหญิง ใจดี", "0812345678", "99/1 หมู่ 4", "ในเมือง", "เมืองสุรินทร์", 32, "32000");

    private CheckoutBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties(CheckoutBenchmark.class));
        properties.put("datasources.default.maximum-pool-size", 40);
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            BenchCatalog data = context.getBean(BenchCatalog.class);
            List<ProductId> plenty = data.publishedProducts(PRODUCTS, 100, INITIAL_STOCK);
            List<ProductId> scarce = data.publishedProducts(20, 5, 10);
            Carts carts = context.getBean(Carts.class);
            Checkouts checkouts = context.getBean(Checkouts.class);
            AtomicLong outOfStock = new AtomicLong();

            // filling the cart is the buyer's earlier requests; only placing the order is timed
            Latencies.Prepared<PlaceOrder> fillCart = i -> {
                Buyer buyer = Buyer.guest("bench-" + UUID.randomUUID());
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Cart cart = null;
                for (int line = 0, lines = 1 + random.nextInt(3); line < lines; line++) {
                    cart = carts.add(buyer, plenty.get(random.nextInt(plenty.size())), 1 + random.nextInt(2));
                }
                return new PlaceOrder(
                        buyer,
                        cart.id(),
                        UUID.randomUUID().toString(),
                        "bench@example.org",
                        ADDRESS,
                        PaymentMethod.PROMPTPAY);
            };
            Latencies.TimedStep<PlaceOrder> placeOrder = checkouts::place;
            Latencies.measure(BUYERS, 10, fillCart, placeOrder);
            Latencies.Result result = Latencies.measure(BUYERS, seconds, fillCart, placeOrder);

            Latencies.Call scramble = i -> {
                Buyer buyer = Buyer.guest("scarce-" + UUID.randomUUID());
                Cart cart = carts.add(buyer, scarce.get(i % scarce.size()), 1);
                try {
                    checkouts.place(new PlaceOrder(
                            buyer,
                            cart.id(),
                            UUID.randomUUID().toString(),
                            "bench@example.org",
                            ADDRESS,
                            PaymentMethod.PROMPTPAY));
                } catch (OutOfStockException e) {
                    outOfStock.incrementAndGet();
                }
            };
            Latencies.measure(BUYERS, 5, scramble);

            List<ProductId> all = new ArrayList<>(plenty);
            all.addAll(scarce);
            long[] oversold = oversold(context.getBean(DataSource.class), all);
            System.out.println();
            System.out.printf(
                    "Placing orders (carts filled untimed), %d concurrent buyers, %,d products, %.0f s, 1-3 lines per cart, PromptPay:%n",
                    BUYERS, PRODUCTS, seconds);
            System.out.println("| checkouts | checkouts/s | p50 ms | p95 ms | p99 ms | errors |");
            System.out.println("|----------:|------------:|-------:|-------:|-------:|-------:|");
            System.out.printf(
                    "| %9d | %11.0f | %6.1f | %6.1f | %6.1f | %6d |%n",
                    result.calls(),
                    result.perSecond(),
                    result.p50Ms(),
                    result.p95Ms(),
                    result.p99Ms(),
                    result.errors());
            System.out.printf(
                    "Scarce round: 20 products x 10 units, %,d buyers turned away as out of stock%n", outOfStock.get());
            System.out.printf(
                    "Oversold units: %d over %d products; products whose stock is not initial minus sold: %d (goal 0 and 0)%n",
                    oversold[0], all.size(), oversold[1]);
        }
    }

    /**
     * Straight from the tables: units sold beyond each product's initial stock (its MANUAL movements),
     * and products whose stock does not equal initial minus sold.
     */
    private static long[] oversold(DataSource dataSource, List<ProductId> products) throws Exception {
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("SELECT p.stock, "
                        + "SUM(CASE WHEN m.reason = 'MANUAL' THEN m.delta ELSE 0 END) AS initial, "
                        + "-SUM(CASE WHEN m.reason <> 'MANUAL' THEN m.delta ELSE 0 END) AS sold "
                        + "FROM product p JOIN stock_movement m ON m.product_id = p.id GROUP BY p.id, p.stock")) {
            long over = 0;
            long inconsistent = 0;
            while (rs.next()) {
                long stock = rs.getLong("stock");
                long initial = rs.getLong("initial");
                long sold = rs.getLong("sold");
                over += Math.max(0, sold - initial);
                if (stock < 0 || stock != initial - sold) {
                    inconsistent++;
                }
            }
            return new long[] {over, inconsistent};
        }
    }
}
