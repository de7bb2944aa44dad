package th.otop.orders.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import th.otop.catalog.product.ProductId;

/**
 * Mails the producer when a sale takes a listing down to the low-stock level (the same level as the portal's notice),
 * once, at the crossing: further sales below the level send nothing more.
 */
@Singleton
public class LowStockMails {
    private final JdbcOperations jdbc;
    private final Notifications notifications;
    private final int lowStock;

    LowStockMails(JdbcOperations jdbc, Notifications notifications, @Value("${otop.portal.low-stock:5}") int lowStock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.lowStock = lowStock;
    }

    /** Called in the transaction that just took {@code sold} units off the listing's stock. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void afterSale(ProductId product, int sold) {
        afterSale(product, null, sold);
    }

    /** As {@link #afterSale(ProductId, int)}, for one option (size, colour) of the listing when {@code variantId} is set. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void afterSale(ProductId product, @Nullable Long variantId, int sold) {
        String sql = variantId == null
                ? "SELECT p.stock, p.title_th, p.title_en, pr.email FROM product p "
                        + "JOIN producer pr ON pr.id = p.producer_id WHERE p.id = ?"
                : "SELECT v.stock, CONCAT(p.title_th, ' (', v.name_th, ')'), "
                        + "CONCAT(COALESCE(p.title_en, p.title_th), ' (', COALESCE(v.name_en, v.name_th), ')'), pr.email "
                        + "FROM product_variant v JOIN product p ON p.id = v.product_id "
                        + "JOIN producer pr ON pr.id = p.producer_id WHERE p.id = ? AND v.id = ?";
        jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, product.value());
            if (variantId != null) {
                ps.setLong(2, variantId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    int left = rs.getInt(1);
                    if (left <= lowStock && left + sold > lowStock) {
                        String title = rs.getString(2);
                        String english = rs.getString(3) == null ? title : rs.getString(3);
                        notifications.enqueue(
                                rs.getString(4),
                                "สินค้าใกล้หมด: " + title + " / Low stock: " + english,
                                "เหลือ " + left + " ชิ้น เติมสต็อกได้ที่หน้าสต็อกในพอร์ทัลผู้ขาย\n" + "Only " + left
                                        + " left: restock it on the portal's stock page.\n");
                    }
                }
            }
            return null;
        });
    }
}
