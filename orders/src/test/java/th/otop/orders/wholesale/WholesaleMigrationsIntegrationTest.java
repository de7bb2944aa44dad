package th.otop.orders.wholesale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.orders.MigrationDatabase;

/**
 * The upgrade of a database that already holds outlet invoices: each gets a number of its own, in the order they were
 * issued within their Buddhist-era year, and the counters continue from there; producers' credit is off by default.
 */
class WholesaleMigrationsIntegrationTest {
    private final MigrationDatabase db = new MigrationDatabase(WholesaleMigrationsIntegrationTest.class);

    @Test
    void existingInvoicesAreNumberedByYearOfIssueAndTheCountersContinue() throws SQLException {
        db.migrateTo("49");
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO account (public_id, email, password_hash, display_name, role) "
                    + "VALUES ('ACC000000001', 'm@example.org', 'x', 'ผู้สั่ง', 'CONSUMER')");
            st.executeUpdate(
                    "INSERT INTO community_fund (kind, name_th, province_id) VALUES ('FUND_CENTRE', 'กองทุน', 32)");
            st.executeUpdate("INSERT INTO outlet (public_id, name_th, province_id, address, operator_org, fund_id) "
                    + "SELECT 'OUT000000001', 'ร้านสุขใจ', 32, 'สุรินทร์', 'บริษัท', MAX(id) FROM community_fund");
            // issued out of id order: numbers follow the date of issue
            String[][] invoices = {{"PO1", "2026-02-01"}, {"PO2", "2025-03-01"}, {"PO3", "2025-01-15"}};
            for (String[] i : invoices) {
                st.executeUpdate("INSERT INTO purchase_order (public_id, idempotency_key, outlet_id, placed_by, "
                        + "payment, status) SELECT '" + i[0] + "', '" + i[0] + "', MAX(o.id), MAX(a.id), 'NET_TERMS', "
                        + "'CONFIRMED' FROM outlet o, account a");
                st.executeUpdate("INSERT INTO outlet_invoice (public_id, purchase_order_id, outlet_id, fund_id, "
                        + "amount_satang, issued_on, due_on) SELECT 'IV" + i[0] + "', po.id, po.outlet_id, o.fund_id, "
                        + "1000, '" + i[1] + "', '" + i[1] + "' + INTERVAL 30 DAY FROM purchase_order po "
                        + "JOIN outlet o ON o.id = po.outlet_id WHERE po.public_id = '" + i[0] + "'");
            }
        }

        db.migrateTo(null);

        assertEquals(
                List.of("PO1 INV-2569-000001", "PO2 INV-2568-000002", "PO3 INV-2568-000001"),
                db.rows("SELECT CONCAT(po.public_id, ' ', i.invoice_number) FROM outlet_invoice i "
                        + "JOIN purchase_order po ON po.id = i.purchase_order_id ORDER BY po.public_id"));
        assertEquals(
                List.of("2568 2", "2569 1"),
                db.rows("SELECT CONCAT(issue_year, ' ', last_number) FROM invoice_sequence ORDER BY issue_year"));
        assertEquals(
                List.of("0"),
                db.rows("SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND TABLE_NAME = 'wholesale_terms' AND COLUMN_NAME = 'accepts_net_terms'"),
                "a producer accepts credit only when it says so");
    }
}
