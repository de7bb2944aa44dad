package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.search.SearchOutbox;
import th.otop.catalog.validation.Checks;

/**
 * The one registry of community funds. Producers pick a fund of their province from it or propose one; the same kind
 * and name (in the same village, when both name one) is the fund that exists, never a second row. Officers approve
 * proposals and merge duplicates; a merge's money side is the orders library's ({@code FundMerger}).
 */
@Singleton
public class FundRegistry {
    private static final String FUNDS = "SELECT " + CommunityFund.COLUMNS + " FROM community_fund f WHERE ";

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final SearchOutbox outbox;

    FundRegistry(JdbcOperations jdbc, AuditLog audit, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** What a producer may pick: the province's funds, and the producer's own proposals waiting for an officer. */
    @Transactional
    public List<CommunityFund> choosable(int provinceId, ProducerId producer) {
        return list(
                "f.province_id = ? AND (f.status = 'APPROVED' OR (f.status = 'PROPOSED' AND f.proposed_by = ?)) "
                        + "ORDER BY f.name_th",
                provinceId,
                producer.value());
    }

    /** Proposals waiting for an officer, oldest first. */
    @Transactional
    public List<CommunityFund> proposals() {
        return list("f.status = 'PROPOSED' ORDER BY f.id LIMIT 200");
    }

    /** The funds of a province an officer can merge into one another. */
    @Transactional
    public List<CommunityFund> ofProvince(int provinceId) {
        return list("f.province_id = ? AND f.status <> 'MERGED' ORDER BY f.name_th", provinceId);
    }

    @Transactional
    public Optional<CommunityFund> find(long id) {
        List<CommunityFund> found = list("f.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * A producer's proposal of a fund of its province. A fund of the same kind and name already in the registry (or
     * proposed) is answered instead, so one real fund never splits into many.
     */
    @Transactional
    public long propose(
            ProducerId producer,
            int provinceId,
            @Nullable FundKind kind,
            String nameTh,
            @Nullable String nameEn,
            @Nullable String village) {
        FundProposal proposal = new FundProposal(kind, nameTh, nameEn, village);
        check(proposal, new Checks()).throwIfInvalid();
        return propose(producer, provinceId, proposal);
    }

    /** A proposal's rules, added to the caller's checks so a form reports them with its own. */
    public static Checks check(FundProposal proposal, Checks checks) {
        String name = normalized(proposal.nameTh());
        return checks.require(proposal.kind() != null, "fundKind", "กรุณาเลือกประเภทกองทุน", "Choose the kind of fund")
                .notBlank(name, "fundNameTh", "ชื่อกองทุน", "The fund's name")
                .maxLength(name, 200, "fundNameTh", "ชื่อกองทุน", "The fund's name")
                .maxLength(proposal.nameEn(), 200, "fundNameEn", "ชื่อกองทุนภาษาอังกฤษ", "The fund's English name")
                .maxLength(proposal.village(), 100, "fundVillage", "หมู่บ้าน", "The village");
    }

    /**
     * A proposal {@link #check} passed, by a producer or (null) by an outlet signing up; the fund that exists when it
     * is already in the registry.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long propose(@Nullable ProducerId producer, int provinceId, FundProposal proposal) {
        FundKind kind = proposal.kind();
        String name = normalized(proposal.nameTh());
        String nameEn = proposal.nameEn();
        String village = proposal.village();
        String place = village == null || village.isBlank() ? null : normalized(village);
        List<CommunityFund> same = list(
                "f.province_id = ? AND f.kind = ? AND TRIM(f.name_th) = ? AND f.status <> 'MERGED' "
                        + "AND (f.village IS NULL OR ? IS NULL OR f.village = ?) ORDER BY f.id LIMIT 1",
                provinceId,
                kind.name(),
                name,
                place,
                place);
        if (!same.isEmpty()) {
            return same.get(0).id();
        }
        return GeneratedKeys.insert(
                jdbc,
                "INSERT INTO community_fund (kind, name_th, name_en, province_id, village, status, proposed_by) "
                        + "VALUES (?,?,?,?,?,'PROPOSED',?)",
                ps -> {
                    ps.setString(1, kind.name());
                    ps.setString(2, name);
                    ps.setString(3, nameEn == null || nameEn.isBlank() ? null : nameEn.strip());
                    ps.setInt(4, provinceId);
                    ps.setString(5, place);
                    ps.setObject(6, producer == null ? null : producer.value());
                });
    }

    /** An officer takes a proposed fund into the registry. */
    @Transactional
    public void approve(long officer, long fundId) {
        int updated = jdbc.prepareStatement(
                "UPDATE community_fund SET status = 'APPROVED' WHERE id = ? AND status = 'PROPOSED'", ps -> {
                    ps.setLong(1, fundId);
                    return ps.executeUpdate();
                });
        new Checks()
                .require(updated == 1, "fund", "กองทุนนี้ไม่ได้รอการอนุมัติ", "This fund is not waiting for approval")
                .throwIfInvalid();
        audit.record(officer, "fund.approve", "fund:" + fundId, null);
    }

    /**
     * The registry's side of merging {@code from} into {@code into}, in the caller's transaction: the producers'
     * links (a link the surviving fund already has is kept once), the outlets and the managers move, and the merged
     * fund points at the one that stays. Search re-indexes the producers that moved.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void mergeLinks(long from, long into) {
        List<Long> moved = ids("SELECT DISTINCT producer_id FROM producer_fund WHERE fund_id = ?", from);
        update(
                "INSERT IGNORE INTO producer_fund (producer_id, fund_id, relation, confirmed, rejected_at, "
                        + "decision_note, decided_by) SELECT producer_id, ?, relation, confirmed, rejected_at, "
                        + "decision_note, decided_by FROM producer_fund WHERE fund_id = ?",
                into,
                from);
        update("DELETE FROM producer_fund WHERE fund_id = ?", from);
        update("UPDATE outlet SET fund_id = ? WHERE fund_id = ?", into, from);
        update("UPDATE fund_manager SET fund_id = ? WHERE fund_id = ?", into, from);
        update("UPDATE community_fund SET status = 'MERGED', merged_into = ? WHERE id = ?", into, from);
        moved.forEach(id -> outbox.recordProducer(new ProducerId(id)));
    }

    /** "  กองทุน   หมู่บ้าน " and "กองทุน หมู่บ้าน" are one name. */
    static String normalized(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private List<CommunityFund> list(String where, Object... values) {
        return jdbc.prepareStatement(FUNDS + where, ps -> {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            List<CommunityFund> funds = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    funds.add(CommunityFund.read(rs));
                }
            }
            return funds;
        });
    }

    private List<Long> ids(String sql, long value) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, value);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private void update(String sql, long... values) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < values.length; i++) {
                ps.setLong(i + 1, values[i]);
            }
            return ps.executeUpdate();
        });
    }
}
