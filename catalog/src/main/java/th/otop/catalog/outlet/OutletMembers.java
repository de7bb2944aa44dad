package th.otop.catalog.outlet;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.validation.Checks;

/** Which accounts act for which outlet, and as what. An account acts for at most one outlet. */
@Singleton
public class OutletMembers {
    private final JdbcOperations jdbc;

    OutletMembers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The outlet this account acts for; empty for everyone else (consumers, producers, officers). */
    @Transactional
    public Optional<OutletMember> of(long accountId) {
        return jdbc.prepareStatement(
                "SELECT id, outlet_id, outlet_role, display_name FROM account "
                        + "WHERE id = ? AND outlet_id IS NOT NULL AND role = 'OUTLET' AND deleted_at IS NULL",
                ps -> {
                    ps.setLong(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new OutletMember(
                                        rs.getLong(1),
                                        rs.getLong(2),
                                        OutletRole.valueOf(rs.getString(3)),
                                        rs.getString(4)))
                                : Optional.empty();
                    }
                });
    }

    @Transactional
    public List<OutletMember> of(OutletMember owner) {
        return jdbc.prepareStatement(
                "SELECT id, outlet_id, outlet_role, display_name FROM account WHERE outlet_id = ? AND deleted_at IS NULL "
                        + "ORDER BY id",
                ps -> {
                    ps.setLong(1, owner.outletId());
                    List<OutletMember> members = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            members.add(new OutletMember(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    OutletRole.valueOf(rs.getString(3)),
                                    rs.getString(4)));
                        }
                    }
                    return members;
                });
    }

    /** An owner adds another account (which acts for nobody yet) to the outlet. */
    @Transactional
    public OutletMember invite(OutletMember owner, long accountId, OutletRole role) {
        new Checks()
                .require(owner.isOwner(), "role", "เฉพาะเจ้าของร้านเพิ่มสมาชิกได้", "Only an owner can add members")
                .require(
                        isFree(accountId),
                        "account",
                        "บัญชีนี้เป็นสมาชิกของร้านหรือผู้ผลิตอื่นอยู่แล้ว",
                        "This account already acts for another outlet or producer")
                .throwIfInvalid();
        add(owner.outletId(), accountId, role);
        return of(accountId).orElseThrow();
    }

    /** An owner removes a member; the last owner stays. */
    @Transactional
    public void remove(OutletMember owner, long accountId) {
        new Checks()
                .require(owner.isOwner(), "role", "เฉพาะเจ้าของร้านนำสมาชิกออกได้", "Only an owner can remove members")
                .require(owner.accountId() != accountId, "account", "นำตัวเองออกไม่ได้", "You cannot remove yourself")
                .throwIfInvalid();
        jdbc.prepareStatement(
                "UPDATE account SET outlet_id = NULL, outlet_role = NULL, role = 'CONSUMER' WHERE id = ? AND outlet_id = ?",
                ps -> {
                    ps.setLong(1, accountId);
                    ps.setLong(2, owner.outletId());
                    return ps.executeUpdate();
                });
    }

    void add(long outletId, long accountId, OutletRole role) {
        int updated = jdbc.prepareStatement(
                "UPDATE account SET role = 'OUTLET', outlet_id = ?, outlet_role = ? WHERE id = ? AND deleted_at IS NULL",
                ps -> {
                    ps.setLong(1, outletId);
                    ps.setString(2, role.name());
                    ps.setLong(3, accountId);
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            throw new IllegalArgumentException("No account " + accountId);
        }
    }

    boolean isFree(long accountId) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM account WHERE id = ? AND outlet_id IS NULL AND producer_id IS NULL "
                        + "AND role IN ('CONSUMER', 'OUTLET') AND deleted_at IS NULL",
                ps -> {
                    ps.setLong(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
    }
}
