package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.search.SearchOutbox;
import th.otop.catalog.validation.Checks;

/** Sammachip programmes, occupational groups, community funds and how producers link to them. */
@Singleton
public class Community {

    /** A declaration again keeps a confirmation and turns a rejection back into pending. */
    private static final String REDECLARED =
            "confirmed = confirmed OR ?, rejected_at = NULL, decision_note = IF(confirmed, decision_note, NULL)";

    private final JdbcOperations jdbc;
    private final SearchOutbox outbox;

    Community(JdbcOperations jdbc, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public long addProgramme(SammachipProgramme p) {
        new Checks()
                .notBlank(p.village(), "village", "ชื่อหมู่บ้าน", "The village")
                .notBlank(p.sageName(), "sageName", "ชื่อปราชญ์ชุมชน", "The community sage")
                .range(p.householdsTrained(), 0, 100_000, "householdsTrained", "จำนวนครัวเรือน", "Households trained")
                .throwIfInvalid();
        return GeneratedKeys.insert(
                jdbc,
                "INSERT INTO sammachip_programme (province_id, district, subdistrict, village, sage_name, "
                        + "trainer_names, occupations, started_year, households_trained) VALUES (?,?,?,?,?,?,?,?,?)",
                ps -> {
                    bindProgramme(ps, p);
                    ps.setInt(9, p.householdsTrained());
                });
    }

    /** Replaces the programme's details; answers false when there is no such programme. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean updateProgramme(long id, SammachipProgramme p) {
        return jdbc.prepareStatement(
                        "UPDATE sammachip_programme SET province_id=?, district=?, subdistrict=?, village=?, "
                                + "sage_name=?, trainer_names=?, occupations=?, started_year=? WHERE id=?",
                        ps -> {
                            bindProgramme(ps, p);
                            ps.setLong(9, id);
                            return ps.executeUpdate();
                        })
                > 0;
    }

    /** The programme's first eight columns, in the order both its insert and its update name them. */
    private static void bindProgramme(PreparedStatement ps, SammachipProgramme p) throws SQLException {
        ps.setInt(1, p.provinceId());
        ps.setString(2, p.district());
        ps.setString(3, p.subdistrict());
        ps.setString(4, p.village());
        ps.setString(5, p.sageName());
        ps.setString(6, String.join("|", p.trainerNames()));
        ps.setString(7, String.join("|", p.occupations()));
        ps.setObject(8, p.startedYear());
    }

    @Transactional
    public long addGroup(String nameTh, String nameEn, Long programmeId, int households) {
        new Checks().notBlank(nameTh, "nameTh", "ชื่อกลุ่ม", "The group name").throwIfInvalid();
        return GeneratedKeys.insert(
                jdbc,
                "INSERT INTO occupational_group (name_th, name_en, programme_id, households) VALUES (?,?,?,?)",
                ps -> {
                    ps.setString(1, nameTh);
                    ps.setString(2, nameEn);
                    ps.setObject(3, programmeId);
                    ps.setInt(4, households);
                });
    }

    @Transactional
    public long addFund(FundKind kind, String nameTh, String nameEn, int provinceId) {
        new Checks().notBlank(nameTh, "nameTh", "ชื่อกองทุน", "The fund name").throwIfInvalid();
        return GeneratedKeys.insert(
                jdbc, "INSERT INTO community_fund (kind, name_th, name_en, province_id) VALUES (?,?,?,?)", ps -> {
                    ps.setString(1, kind.name());
                    ps.setString(2, nameTh);
                    ps.setString(3, nameEn);
                    ps.setInt(4, provinceId);
                });
    }

    /**
     * A producer declares its group ({@code confirmed} false), or a link is recorded as confirmed. Declaring again
     * never undoes an officer's confirmation; it makes a rejected link pending once more.
     */
    @Transactional
    public void linkGroup(ProducerId producer, long groupId, boolean confirmed) {
        jdbc.prepareStatement(
                "INSERT INTO producer_group (producer_id, group_id, confirmed) VALUES (?,?,?) "
                        + "ON DUPLICATE KEY UPDATE " + REDECLARED,
                ps -> {
                    ps.setLong(1, producer.value());
                    ps.setLong(2, groupId);
                    ps.setBoolean(3, confirmed);
                    ps.setBoolean(4, confirmed);
                    return ps.executeUpdate();
                });
        outbox.recordProducer(producer);
    }

    @Transactional
    public void linkFund(ProducerId producer, long fundId, FundRelation relation, boolean confirmed) {
        jdbc.prepareStatement(
                "INSERT INTO producer_fund (producer_id, fund_id, relation, confirmed) VALUES (?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE " + REDECLARED,
                ps -> {
                    ps.setLong(1, producer.value());
                    ps.setLong(2, fundId);
                    ps.setString(3, relation.name());
                    ps.setBoolean(4, confirmed);
                    ps.setBoolean(5, confirmed);
                    return ps.executeUpdate();
                });
        outbox.recordProducer(producer);
    }

    /**
     * An officer's decision on a group link the producer declared; a rejection needs the note its producer reads.
     * Search re-indexes the producer's products, so the facets follow. Answers false when no such link was declared.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean decideGroupLink(
            ProducerId producer, long groupId, LinkStatus decision, @Nullable String note, long officer) {
        return decide(
                "producer_group", "group_id = ?", decision, note, officer, producer, ps -> ps.setLong(5, groupId));
    }

    /** The same for a fund link, which is one fund in one declared relation. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean decideFundLink(
            ProducerId producer,
            long fundId,
            FundRelation relation,
            LinkStatus decision,
            @Nullable String note,
            long officer) {
        return decide("producer_fund", "fund_id = ? AND relation = ?", decision, note, officer, producer, ps -> {
            ps.setLong(5, fundId);
            ps.setString(6, relation.name());
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private boolean decide(
            String table,
            String link,
            LinkStatus decision,
            @Nullable String note,
            long officer,
            ProducerId producer,
            Binder bindLink) {
        String reason = note == null || note.isBlank() ? null : note.strip();
        new Checks()
                .require(decision != LinkStatus.PENDING, "decision", "เลือกยืนยันหรือปฏิเสธ", "Confirm or reject")
                .require(
                        decision != LinkStatus.REJECTED || reason != null,
                        "note",
                        "กรุณาระบุเหตุผลที่ปฏิเสธ ผู้ผลิตจะเห็นข้อความนี้",
                        "Give the reason for the rejection; the producer reads it")
                .maxLength(reason, 500, "note", "เหตุผล", "The reason")
                .throwIfInvalid();
        boolean confirm = decision == LinkStatus.CONFIRMED;
        int updated = jdbc.prepareStatement(
                "UPDATE " + table + " SET confirmed = ?, rejected_at = "
                        + (confirm ? "NULL" : "CURRENT_TIMESTAMP(3)")
                        + ", decision_note = ?, decided_by = ? WHERE producer_id = ? AND " + link,
                ps -> {
                    ps.setBoolean(1, confirm);
                    ps.setString(2, confirm ? null : reason);
                    ps.setLong(3, officer);
                    ps.setLong(4, producer.value());
                    bindLink.bind(ps);
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            return false;
        }
        outbox.recordProducer(producer);
        return true;
    }

    /** The producer's confirmed links: what product and shop pages, the fund's contribution and the public see. */
    @Transactional
    public ProducerLinkages linkagesOf(ProducerId producer) {
        return linkages(producer, true);
    }

    /** Every link the producer declared, with where it stands: for the producer's own page and the officer's. */
    @Transactional
    public ProducerLinkages declaredLinkagesOf(ProducerId producer) {
        return linkages(producer, false);
    }

    private ProducerLinkages linkages(ProducerId producer, boolean confirmedOnly) {
        List<ProducerLinkages.GroupLink> groups = jdbc.prepareStatement(
                "SELECT g.id AS g_id, g.name_th AS g_th, g.name_en AS g_en, g.programme_id, g.households, pg.confirmed, "
                        + "pg.rejected_at, pg.decision_note, " + SammachipProgramme.COLUMNS
                        + " FROM producer_group pg JOIN occupational_group g ON g.id = pg.group_id "
                        + "LEFT JOIN sammachip_programme sp ON sp.id = g.programme_id WHERE pg.producer_id = ?"
                        + (confirmedOnly ? " AND pg.confirmed = TRUE" : "") + " ORDER BY g.id",
                ps -> {
                    ps.setLong(1, producer.value());
                    List<ProducerLinkages.GroupLink> links = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            OccupationalGroup group = new OccupationalGroup(
                                    rs.getLong("g_id"),
                                    rs.getString("g_th"),
                                    rs.getString("g_en"),
                                    rs.getObject("programme_id", Long.class),
                                    rs.getInt("households"));
                            SammachipProgramme programme =
                                    group.programmeId() == null ? null : SammachipProgramme.read(rs);
                            links.add(new ProducerLinkages.GroupLink(
                                    group, programme, status(rs), rs.getString("decision_note")));
                        }
                    }
                    return links;
                });
        List<ProducerLinkages.FundLink> funds = jdbc.prepareStatement(
                "SELECT " + CommunityFund.COLUMNS + ", pf.relation, pf.confirmed, pf.rejected_at, "
                        + "pf.decision_note FROM producer_fund pf JOIN community_fund f ON f.id = pf.fund_id "
                        + "WHERE pf.producer_id = ?" + (confirmedOnly ? " AND pf.confirmed = TRUE" : "")
                        + " ORDER BY f.id, pf.relation",
                ps -> {
                    ps.setLong(1, producer.value());
                    List<ProducerLinkages.FundLink> links = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            links.add(new ProducerLinkages.FundLink(
                                    CommunityFund.read(rs),
                                    FundRelation.valueOf(rs.getString("relation")),
                                    status(rs),
                                    rs.getString("decision_note")));
                        }
                    }
                    return links;
                });
        return new ProducerLinkages(groups, funds);
    }

    private static LinkStatus status(ResultSet rs) throws SQLException {
        if (rs.getBoolean("confirmed")) {
            return LinkStatus.CONFIRMED;
        }
        return rs.getTimestamp("rejected_at") == null ? LinkStatus.PENDING : LinkStatus.REJECTED;
    }

    @Transactional
    public Optional<SammachipProgramme> programme(long id) {
        return jdbc.prepareStatement(
                "SELECT " + SammachipProgramme.COLUMNS + " FROM sammachip_programme sp WHERE sp.id = ?", ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(SammachipProgramme.read(rs)) : Optional.empty();
                    }
                });
    }
}
