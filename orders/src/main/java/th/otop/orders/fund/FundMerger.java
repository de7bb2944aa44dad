package th.otop.orders.fund;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.community.FundStatus;
import th.otop.catalog.validation.Checks;

/**
 * An officer merges a duplicate fund into the one that stays: its links, outlets and managers (the registry's part),
 * and its money (credit lines, supplier orders, invoices, ledger entries) move together, in one transaction, audited.
 * Sums are unchanged: every entry keeps its amount and only names the surviving fund.
 */
@Singleton
public class FundMerger {
    private static final List<String> MONEY_TABLES =
            List.of("credit_line", "supplier_order", "outlet_invoice", "ledger_entry");

    private final FundRegistry registry;
    private final JdbcOperations jdbc;
    private final AuditLog audit;

    FundMerger(FundRegistry registry, JdbcOperations jdbc, AuditLog audit) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public void merge(long officer, long from, long into) {
        CommunityFund merged = registry.find(from).orElse(null);
        CommunityFund kept = registry.find(into).orElse(null);
        new Checks()
                .require(
                        merged != null && merged.status() != FundStatus.MERGED,
                        "fund",
                        "ไม่พบกองทุนที่จะรวม",
                        "There is no such fund to merge")
                .require(
                        kept != null && kept.status() == FundStatus.APPROVED && from != into,
                        "into",
                        "เลือกกองทุนอื่นในทะเบียนที่จะรวมเข้าไป",
                        "Choose another fund of the registry to merge into")
                .require(
                        merged == null || kept == null || merged.provinceId() == kept.provinceId(),
                        "into",
                        "รวมได้เฉพาะกองทุนในจังหวัดเดียวกัน",
                        "Only funds of the same province can be merged")
                .throwIfInvalid();
        registry.mergeLinks(from, into);
        for (String table : MONEY_TABLES) {
            jdbc.prepareStatement("UPDATE " + table + " SET fund_id = ? WHERE fund_id = ?", ps -> {
                ps.setLong(1, into);
                ps.setLong(2, from);
                return ps.executeUpdate();
            });
        }
        audit.record(officer, "fund.merge", "fund:" + from, "into fund:" + into + " " + kept.nameTh());
    }
}
