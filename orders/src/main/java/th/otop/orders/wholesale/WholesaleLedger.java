package th.otop.orders.wholesale;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import th.otop.orders.ledger.Account;
import th.otop.orders.ledger.Posting;

/**
 * The ledger entries of wholesale, in the caller's transaction; each posting sums to zero. A confirmed supplier order is
 * a sale like a consumer's: the money (cash, or on net terms the outlet's debt) against what the producer is owed, the
 * platform's fee and the fund's share.
 */
@Singleton
class WholesaleLedger {
    private final JdbcOperations jdbc;

    WholesaleLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void sale(PurchaseOrder po, SupplierOrder so) {
        // prepaid: the outlet paid the producer directly by PromptPay, as a consumer does
        Account money = po.payment() == PaymentTerms.NET_TERMS ? Account.OUTLET_RECEIVABLE : Account.PRODUCER_CASH;
        long total = so.itemsSatang();
        write(Posting.PAYMENT, money, po, so, total, null);
        write(Posting.PAYMENT, Account.PRODUCER_PAYABLE, po, so, -(total - so.feeSatang()), null);
        write(Posting.PAYMENT, Account.PLATFORM_FEE, po, so, -so.feeSatang(), null);
        if (so.fundId() != null && so.contributionSatang() > 0) {
            write(Posting.FUND_CONTRIBUTION, Account.PRODUCER_PAYABLE, po, so, so.contributionSatang(), so.fundId());
            write(Posting.FUND_CONTRIBUTION, Account.FUND_PAYABLE, po, so, -so.contributionSatang(), so.fundId());
        }
    }

    void repayment(Invoice invoice, long amountSatang) {
        for (Object[] e :
                new Object[][] {{Account.PLATFORM_CASH, amountSatang}, {Account.OUTLET_RECEIVABLE, -amountSatang}}) {
            jdbc.prepareStatement(
                    "INSERT INTO ledger_entry (posting, account, amount_satang, purchase_order_id, outlet_id, fund_id) "
                            + "VALUES (?,?,?,?,?,?)",
                    ps -> {
                        ps.setString(1, Posting.CREDIT_REPAYMENT.name());
                        ps.setString(2, ((Account) e[0]).name());
                        ps.setLong(3, (Long) e[1]);
                        ps.setLong(4, invoice.purchaseOrderId());
                        ps.setLong(5, invoice.outletId());
                        ps.setLong(6, invoice.fundId());
                        return ps.executeUpdate();
                    });
        }
    }

    private void write(Posting posting, Account account, PurchaseOrder po, SupplierOrder so, long amount, Long fundId) {
        jdbc.prepareStatement(
                "INSERT INTO ledger_entry (posting, account, producer_id, amount_satang, purchase_order_id, "
                        + "supplier_order_id, outlet_id, fund_id) VALUES (?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, posting.name());
                    ps.setString(2, account.name());
                    ps.setLong(3, so.producerId().value());
                    ps.setLong(4, amount);
                    ps.setLong(5, po.id());
                    ps.setLong(6, so.id());
                    ps.setLong(7, po.outletId());
                    ps.setObject(8, fundId);
                    return ps.executeUpdate();
                });
    }
}
