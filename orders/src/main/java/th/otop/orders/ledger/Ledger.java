package th.otop.orders.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import th.otop.catalog.producer.ProducerId;

/**
 * Writes the entries of payments and refunds, always in the caller's transaction so money moves exactly when an order
 * changes. Each posting's entries sum to zero; so do a checkout's, and the whole ledger's.
 */
@Singleton
public class Ledger {
    private final JdbcOperations jdbc;
    private final FundContributions contributions;

    Ledger(JdbcOperations jdbc, FundContributions contributions) {
        this.jdbc = jdbc;
        this.contributions = contributions;
    }

    /**
     * The buyer paid an order: the money lands where the method puts it, the producer is owed the goods and shipping
     * less the platform fee. A producer paid directly already holds the money, so it is settled with them at once. A
     * fund-linked producer's share goes to the fund ({@link FundContributions}).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void paymentReceived(Sale sale) {
        Account cash = sale.method().paysProducerDirectly() ? Account.PRODUCER_CASH : Account.PLATFORM_CASH;
        write(sale, Posting.PAYMENT, cash, sale.totalSatang());
        write(sale, Posting.PAYMENT, Account.PRODUCER_PAYABLE, -(sale.totalSatang() - sale.feeSatang()));
        write(sale, Posting.PAYMENT, Account.PLATFORM_FEE, -sale.feeSatang());
        settleDirect(sale, sale.totalSatang());
        contributions.paid(sale);
    }

    /**
     * Money back to the buyer. The fee is returned in proportion, computed on the running total so that several partial
     * refunds return exactly the fee of the amounts refunded, with no rounding drift.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refunded(Sale sale, long refundedBeforeSatang, long amountSatang) {
        long feeBack = feeShare(sale, refundedBeforeSatang + amountSatang) - feeShare(sale, refundedBeforeSatang);
        Account cash = sale.method().paysProducerDirectly() ? Account.PRODUCER_CASH : Account.PLATFORM_CASH;
        write(sale, Posting.REFUND, cash, -amountSatang);
        write(sale, Posting.REFUND, Account.PRODUCER_PAYABLE, amountSatang - feeBack);
        write(sale, Posting.REFUND, Account.PLATFORM_FEE, feeBack);
        // the producer paid it back out of the money they were settled with
        settleDirect(sale, -amountSatang);
        contributions.refunded(sale, refundedBeforeSatang, amountSatang);
    }

    /** What the platform owes the producer now; negative when the producer owes fees. */
    @Transactional
    public long balanceOf(ProducerId producer) {
        return -sum("account='PRODUCER_PAYABLE' AND producer_id=" + producer.value());
    }

    /** The sum of a checkout's entries: zero, always. */
    @Transactional
    public long sumOfCheckout(long checkoutId) {
        return sum("checkout_id=" + checkoutId);
    }

    /** The sum of all entries: zero, always. */
    @Transactional
    public long sumOfAll() {
        return sum("1=1");
    }

    private long feeShare(Sale sale, long refundedSatang) {
        return Math.multiplyExact(sale.feeSatang(), refundedSatang) / sale.totalSatang();
    }

    private void settleDirect(Sale sale, long amountSatang) {
        if (sale.method().paysProducerDirectly()) {
            write(sale, Posting.DIRECT_SETTLEMENT, Account.PRODUCER_PAYABLE, amountSatang);
            write(sale, Posting.DIRECT_SETTLEMENT, Account.PRODUCER_CASH, -amountSatang);
        }
    }

    private void write(Sale sale, Posting posting, Account account, long amountSatang) {
        jdbc.prepareStatement(
                "INSERT INTO ledger_entry (posting, account, producer_id, amount_satang, checkout_id, order_id) "
                        + "VALUES (?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, posting.name());
                    ps.setString(2, account.name());
                    ps.setLong(3, sale.producer().value());
                    ps.setLong(4, amountSatang);
                    ps.setLong(5, sale.checkoutId());
                    ps.setLong(6, sale.orderId());
                    return ps.executeUpdate();
                });
    }

    private long sum(String where) {
        return jdbc.prepareStatement("SELECT COALESCE(SUM(amount_satang), 0) FROM ledger_entry WHERE " + where, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
