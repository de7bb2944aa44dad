package th.otop.orders.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.orders.MigrationDatabase;

/**
 * The upgrade of a database where every producer's declaration made a fund of its own: one real fund split into
 * rows of the same province, kind and name becomes the oldest row, and every link, outlet and ledger entry follows.
 */
class FundMigrationsIntegrationTest {
    private final MigrationDatabase db = new MigrationDatabase(FundMigrationsIntegrationTest.class);

    @Test
    void duplicateFundsBecomeTheOldestAndEverythingFollows() throws SQLException {
        db.migrateTo("81");
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO community_fund (id, kind, name_th, province_id) VALUES "
                    + "(501, 'VILLAGE_FUND', 'กองทุนหมู่บ้านโคก', 32), "
                    + "(502, 'VILLAGE_FUND', ' กองทุนหมู่บ้านโคก ', 32), "
                    + "(503, 'VILLAGE_FUND', 'กองทุนหมู่บ้านโคก', 32), "
                    + "(504, 'SAVINGS_GROUP', 'กองทุนหมู่บ้านโคก', 32), "
                    + "(505, 'VILLAGE_FUND', 'กองทุนหมู่บ้านโคก', 33)");
            st.executeUpdate("INSERT INTO producer (id, public_id, kind, name_th, province_id) VALUES "
                    + "(801, 'PRD000000801', 'SME', 'ร้านหนึ่ง', 32), (802, 'PRD000000802', 'SME', 'ร้านสอง', 32)");
            // producer 801 declared the fund twice (two rows), once confirmed; 802 once
            st.executeUpdate("INSERT INTO producer_fund (producer_id, fund_id, relation, confirmed) VALUES "
                    + "(801, 501, 'MEMBER', TRUE), (801, 502, 'MEMBER', FALSE), (802, 503, 'MEMBER', FALSE)");
            st.executeUpdate("INSERT INTO outlet (public_id, name_th, province_id, address, operator_org, fund_id) "
                    + "VALUES ('OUT000000901', 'ร้านสุขใจโคก', 32, 'โคก', 'บริษัท', 503)");
            st.executeUpdate("INSERT INTO ledger_entry (posting, account, producer_id, amount_satang, fund_id) VALUES "
                    + "('PAYMENT', 'FUND_PAYABLE', 802, -150, 503), ('PAYMENT', 'PRODUCER_PAYABLE', 802, 150, NULL)");
        }

        db.migrateTo(null);

        assertEquals(
                List.of("501 APPROVED -", "502 MERGED 501", "503 MERGED 501", "504 APPROVED -", "505 APPROVED -"),
                db.rows("SELECT CONCAT(id, ' ', status, ' ', COALESCE(merged_into, '-')) FROM community_fund "
                        + "WHERE id BETWEEN 501 AND 505 ORDER BY id"));
        assertEquals(
                List.of("801 501 1", "802 501 0"),
                db.rows("SELECT CONCAT(producer_id, ' ', fund_id, ' ', confirmed) FROM producer_fund "
                        + "WHERE producer_id IN (801, 802) ORDER BY producer_id"),
                "one link per producer, the confirmed one kept");
        assertEquals(List.of("501"), db.rows("SELECT fund_id FROM outlet WHERE public_id = 'OUT000000901'"));
        assertEquals(
                List.of("501 -150"),
                db.rows("SELECT CONCAT(fund_id, ' ', SUM(amount_satang)) FROM ledger_entry WHERE fund_id IS NOT NULL "
                        + "GROUP BY fund_id"));
    }
}
