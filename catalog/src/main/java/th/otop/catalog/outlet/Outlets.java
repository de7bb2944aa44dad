package th.otop.catalog.outlet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.community.FundProposal;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.validation.Checks;

/** Outlets sign up here, officers verify or suspend them, and anyone can look one up. */
@Singleton
public class Outlets {
    static final String COLUMNS = "o.id, o.public_id, o.name_th, o.name_en, o.province_id, o.address, o.operator_org, "
            + "o.fund_id, o.status, o.status_note";

    private final JdbcOperations jdbc;
    private final Geography geography;
    private final OutletMembers members;
    private final FundRegistry registry;

    Outlets(JdbcOperations jdbc, Geography geography, OutletMembers members, FundRegistry registry) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.members = members;
        this.registry = registry;
    }

    /**
     * An account signs its outlet up and becomes its owner; the outlet waits for an officer's verification. An account
     * already acting for an outlet or a producer cannot sign up another outlet.
     */
    @Transactional
    public Outlet signUp(long accountId, OutletApplication application) {
        return signUp(accountId, application, null);
    }

    /**
     * The same, proposing for the registry the fund the outlet names when it is not listed; the outlet links to that
     * fund (or to the one that exists under its name). Nothing is saved unless everything is valid.
     */
    @Transactional
    public Outlet signUp(long accountId, OutletApplication application, @Nullable FundProposal proposal) {
        Checks checks = application
                .check()
                .require(
                        geography.province(application.provinceId()).isPresent(),
                        "provinceId",
                        "กรุณาเลือกจังหวัด",
                        "Choose a province")
                .require(
                        application.fundId() == null || fundExists(application.fundId()),
                        "fundId",
                        "ไม่พบกองทุนชุมชนที่เลือก",
                        "There is no such community fund")
                .require(
                        members.isFree(accountId),
                        "account",
                        "บัญชีนี้เป็นสมาชิกของร้านหรือผู้ผลิตอื่นอยู่แล้ว",
                        "This account already acts for another outlet or producer");
        boolean proposing = proposal != null && application.fundId() == null;
        if (proposing) {
            FundRegistry.check(proposal, checks);
        }
        checks.throwIfInvalid();
        Long fundId = proposing
                ? Long.valueOf(registry.propose(null, application.provinceId(), proposal))
                : application.fundId();
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO outlet (public_id, name_th, name_en, province_id, address, operator_org, fund_id) "
                        + "VALUES (?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, PublicIds.next());
                    ps.setString(2, application.nameTh().strip());
                    ps.setString(3, blankToNull(application.nameEn()));
                    ps.setInt(4, application.provinceId());
                    ps.setString(5, application.address().strip());
                    ps.setString(6, application.operatorOrganisation().strip());
                    ps.setObject(7, fundId);
                });
        members.add(id, accountId, OutletRole.OWNER);
        return find(id).orElseThrow();
    }

    /** An officer's decision; a reason is required when suspending. */
    @Transactional
    public Outlet decide(long outletId, OutletStatus decision, String note) {
        new Checks()
                .require(decision != null, "decision", "กรุณาเลือกผลการตรวจสอบ", "Choose a decision")
                .require(
                        decision != OutletStatus.SUSPENDED || (note != null && !note.isBlank()),
                        "note",
                        "กรุณาระบุเหตุผลที่ระงับ",
                        "Give the reason for the suspension")
                .maxLength(note, 500, "note", "หมายเหตุ", "The note")
                .throwIfInvalid();
        int updated = jdbc.prepareStatement(
                "UPDATE outlet SET status = ?, status_note = ?, decided_at = CURRENT_TIMESTAMP(3) WHERE id = ?", ps -> {
                    ps.setString(1, decision.name());
                    ps.setString(2, note);
                    ps.setLong(3, outletId);
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            throw new OutletNotFoundException(String.valueOf(outletId));
        }
        return find(outletId).orElseThrow();
    }

    /** Links the outlet to a community fund (or unlinks it with null), as an officer confirms. */
    @Transactional
    public void linkFund(long outletId, Long fundId) {
        new Checks()
                .require(fundId == null || fundExists(fundId), "fundId", "ไม่พบกองทุนชุมชน", "There is no such fund")
                .throwIfInvalid();
        jdbc.prepareStatement("UPDATE outlet SET fund_id = ? WHERE id = ?", ps -> {
            ps.setObject(1, fundId);
            ps.setLong(2, outletId);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public Optional<Outlet> find(long id) {
        return one("o.id = ?", id);
    }

    @Transactional
    public Optional<Outlet> findByPublicId(String publicId) {
        return one("o.public_id = ?", publicId);
    }

    @Transactional
    public List<Outlet> awaitingVerification() {
        return many("o.status = 'PENDING' ORDER BY o.id", null);
    }

    /** The verified outlets a fund backs. */
    @Transactional
    public List<Outlet> backedBy(long fundId) {
        return many("o.fund_id = ? AND o.status = 'VERIFIED' ORDER BY o.name_th", fundId);
    }

    private boolean fundExists(long fundId) {
        return jdbc.prepareStatement("SELECT 1 FROM community_fund WHERE id = ?", ps -> {
            ps.setLong(1, fundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private Optional<Outlet> one(String where, Object arg) {
        List<Outlet> found = many(where, arg);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Outlet> many(String where, Object arg) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM outlet o WHERE " + where, ps -> {
            if (arg != null) {
                ps.setObject(1, arg);
            }
            List<Outlet> outlets = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    outlets.add(read(rs));
                }
            }
            return outlets;
        });
    }

    static Outlet read(ResultSet rs) throws SQLException {
        return new Outlet(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getString("name_th"),
                rs.getString("name_en"),
                rs.getInt("province_id"),
                rs.getString("address"),
                rs.getString("operator_org"),
                rs.getObject("fund_id", Long.class),
                OutletStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
