package th.otop.orders.cart;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.Checks;
import th.otop.orders.Buyer;

/**
 * Every buyer has one open cart, created on first use. A cart stores products (or variants of them) and quantities only;
 * every read prices it again from the catalog, so a buyer always sees, and a checkout always charges, today's price.
 */
@Singleton
public class Carts {
    private final JdbcOperations jdbc;
    private final Products products;

    Carts(JdbcOperations jdbc, Products products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    @Transactional
    public Cart cartOf(Buyer buyer) {
        return priced(openCartId(buyer));
    }

    /** Adds units of a product without variants; see {@link #add(Buyer, LineKey, int)}. */
    @Transactional
    public Cart add(Buyer buyer, ProductId product, int quantity) {
        return add(buyer, new LineKey(product, null), quantity);
    }

    /**
     * Adds units to the line of a product on sale, or of one of its variants (a new line if there is none). A product
     * with variants is added only as one of its own variants.
     */
    @Transactional
    public Cart add(Buyer buyer, LineKey line, int quantity) {
        Quantity.check(quantity);
        requireOnSale(line);
        CartId cart = openCartId(buyer);
        int combined = quantities(cart).getOrDefault(line, 0) + quantity;
        new Checks()
                .require(
                        combined <= Quantity.MAX,
                        "quantity",
                        "สั่งสินค้าชิ้นนี้ได้ไม่เกิน " + Quantity.MAX + " ชิ้นต่อคำสั่งซื้อ",
                        "You can order at most " + Quantity.MAX + " of this product at once")
                .throwIfInvalid();
        writeLine(cart, line, combined);
        return priced(cart);
    }

    @Transactional
    public Cart setQuantity(Buyer buyer, LineKey line, int quantity) {
        Quantity.check(quantity);
        CartId cart = openCartId(buyer);
        if (quantities(cart).containsKey(line)) {
            writeLine(cart, line, quantity);
        }
        return priced(cart);
    }

    @Transactional
    public Cart remove(Buyer buyer, LineKey line) {
        CartId cart = openCartId(buyer);
        deleteLine(cart, line);
        return priced(cart);
    }

    /**
     * At sign-in: the guest's lines move into the account's cart, quantities of the same product add up (capped at
     * {@link Quantity#MAX} rather than refusing, since a sign-in must not fail over a cart), and the guest cart closes.
     */
    @Transactional
    public Cart mergeGuestCart(Buyer guest, Buyer account) {
        CartId into = openCartId(account);
        Optional<CartId> from = findOpenCart(guest);
        if (from.isPresent()) {
            Map<LineKey, Integer> existing = quantities(into);
            quantities(from.get())
                    .forEach((line, qty) ->
                            writeLine(into, line, Math.min(Quantity.MAX, existing.getOrDefault(line, 0) + qty)));
            close(from.get(), "MERGED");
        }
        return priced(into);
    }

    /**
     * Closes the buyer's open cart for a checkout in the caller's transaction and answers its lines; empty when the
     * cart is not the buyer's open cart any more (for example already ordered).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<Map<LineKey, Integer>> closeForCheckout(Buyer buyer, CartId cart) {
        int closed = jdbc.prepareStatement(
                "UPDATE cart SET status='CHECKED_OUT', open_owner_key=NULL, updated_at=CURRENT_TIMESTAMP(3) "
                        + "WHERE id=? AND owner_key=? AND status='OPEN'",
                ps -> {
                    ps.setLong(1, cart.value());
                    ps.setString(2, buyer.key());
                    return ps.executeUpdate();
                });
        return closed == 0 ? Optional.empty() : Optional.of(quantities(cart));
    }

    /** Refuses a product not on sale, a missing variant choice, and a variant that is not one of the product's own. */
    private void requireOnSale(LineKey line) {
        Optional<Product> onSale = products.find(line.productId()).filter(p -> p.status() == ProductStatus.PUBLISHED);
        new Checks()
                .require(onSale.isPresent(), "product", "สินค้านี้ไม่มีจำหน่ายแล้ว", "This product is not on sale")
                .throwIfInvalid();
        Product product = onSale.get();
        new Checks()
                .require(
                        !product.hasVariants() || line.variantId() != null,
                        "variant",
                        "กรุณาเลือกตัวเลือกสินค้า (เช่น ขนาด สี) ก่อนใส่ตะกร้า",
                        "Choose an option (such as size or colour) before adding to the cart")
                .require(
                        line.variantId() == null
                                || product.variant(line.variantId()).isPresent(),
                        "variant",
                        "ตัวเลือกนี้ไม่มีจำหน่าย กรุณาเลือกตัวเลือกอื่น",
                        "This option is not available: please choose another")
                .throwIfInvalid();
    }

    private CartId openCartId(Buyer buyer) {
        return findOpenCart(buyer).orElseGet(() -> {
            // the unique key on open_owner_key lets two first requests of one buyer race safely to one cart
            jdbc.prepareStatement(
                    "INSERT INTO cart (owner_key, open_owner_key) VALUES (?, ?) ON DUPLICATE KEY UPDATE id=id", ps -> {
                        ps.setString(1, buyer.key());
                        ps.setString(2, buyer.key());
                        return ps.executeUpdate();
                    });
            return findOpenCart(buyer).orElseThrow();
        });
    }

    private Optional<CartId> findOpenCart(Buyer buyer) {
        return jdbc.prepareStatement("SELECT id FROM cart WHERE open_owner_key=?", ps -> {
            ps.setString(1, buyer.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CartId(rs.getLong(1))) : Optional.empty();
            }
        });
    }

    private void close(CartId cart, String status) {
        jdbc.prepareStatement(
                "UPDATE cart SET status=?, open_owner_key=NULL, updated_at=CURRENT_TIMESTAMP(3) WHERE id=?", ps -> {
                    ps.setString(1, status);
                    ps.setLong(2, cart.value());
                    return ps.executeUpdate();
                });
    }

    private void writeLine(CartId cart, LineKey line, int quantity) {
        jdbc.prepareStatement(
                "INSERT INTO cart_line (cart_id, product_id, variant_id, quantity) VALUES (?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE quantity=?",
                ps -> {
                    ps.setLong(1, cart.value());
                    ps.setLong(2, line.productId().value());
                    ps.setLong(3, line.storedVariantId());
                    ps.setInt(4, quantity);
                    ps.setInt(5, quantity);
                    return ps.executeUpdate();
                });
    }

    private void deleteLine(CartId cart, LineKey line) {
        jdbc.prepareStatement("DELETE FROM cart_line WHERE cart_id=? AND product_id=? AND variant_id=?", ps -> {
            ps.setLong(1, cart.value());
            ps.setLong(2, line.productId().value());
            ps.setLong(3, line.storedVariantId());
            return ps.executeUpdate();
        });
    }

    private Map<LineKey, Integer> quantities(CartId cart) {
        return jdbc.prepareStatement(
                "SELECT product_id, variant_id, quantity FROM cart_line WHERE cart_id=? "
                        + "ORDER BY added_at, product_id, variant_id",
                ps -> {
                    ps.setLong(1, cart.value());
                    Map<LineKey, Integer> lines = new LinkedHashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lines.put(LineKey.stored(rs.getLong(1), rs.getLong(2)), rs.getInt(3));
                        }
                    }
                    return lines;
                });
    }

    /**
     * Lines of products deleted from the catalog are left out: there is nothing left to show or sell. A line of a
     * variant the producer removed is deleted, so the checkout never meets a line the buyer cannot see.
     */
    private Cart priced(CartId cart) {
        Map<LineKey, Integer> quantities = quantities(cart);
        Map<ProductId, Product> found = products.findAll(
                quantities.keySet().stream().map(LineKey::productId).distinct().toList());
        List<CartLine> lines = new ArrayList<>();
        quantities.forEach((key, qty) -> {
            Product product = found.get(key.productId());
            if (product == null) {
                return;
            }
            if (key.variantId() == null) {
                lines.add(CartLine.of(product, null, qty));
                return;
            }
            product.variant(key.variantId())
                    .ifPresentOrElse(
                            variant -> lines.add(CartLine.of(product, variant, qty)), () -> deleteLine(cart, key));
        });
        return new Cart(cart, lines);
    }
}
