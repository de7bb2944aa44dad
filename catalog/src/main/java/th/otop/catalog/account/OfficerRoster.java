package th.otop.catalog.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.validation.Checks;

/**
 * Who the CDD officers are. An admin promotes an existing account to officer, or returns an officer to an
 * ordinary account; both are in the audit log. A producer's team member or an outlet cannot be an officer
 * (officers judge producers and outlets), and admins are made with {@code infra/tools/run create-admin}.
 */
@Singleton
public class OfficerRoster {
    private final JdbcOperations jdbc;
    private final Accounts accounts;
    private final AuditLog audit;

    OfficerRoster(JdbcOperations jdbc, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** An admin account just made, and the one-time token with which its owner sets the password. */
    public record NewAdmin(Account account, String passwordToken) {}

    /**
     * Makes an admin account whose random password nobody knows, with a password-set token valid for {@code validity};
     * in the audit log as the admin's own act. Throws {@link LoginTakenException} when the login has an account.
     */
    @Transactional
    public NewAdmin createAdmin(String login, String displayName, Duration validity) {
        Accounts.Invited admin = accounts.invite(login, displayName, Role.ADMIN, validity);
        audit.record(
                admin.account().id(),
                "admin.create",
                "account:" + admin.account().publicId(),
                null);
        return new NewAdmin(admin.account(), admin.passwordToken());
    }

    /** Officers and admins, by name. */
    @Transactional
    public List<Account> officers() {
        List<Long> ids = jdbc.prepareStatement(
                "SELECT id FROM account WHERE role IN ('OFFICER', 'ADMIN') AND deleted_at IS NULL ORDER BY display_name, id",
                ps -> {
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    return found;
                });
        return ids.stream().map(accounts::find).flatMap(Optional::stream).toList();
    }

    /** Makes the account with this email or mobile number an officer; answers it. */
    @Transactional
    public Account promote(long admin, String login) {
        String normal = Logins.normalise(login);
        Optional<Account> account = jdbc.prepareStatement(
                        "SELECT id FROM account WHERE (email = ? OR phone = ?) AND deleted_at IS NULL", ps -> {
                            ps.setString(1, normal);
                            ps.setString(2, normal);
                            try (ResultSet rs = ps.executeQuery()) {
                                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                            }
                        })
                .flatMap(accounts::find);
        new Checks()
                .require(
                        account.isPresent(),
                        "login",
                        "ไม่พบบัญชีที่ใช้อีเมลหรือเบอร์มือถือนี้ ให้ผู้นั้นสมัครสมาชิกก่อน",
                        "There is no account with this email or mobile number; ask the person to sign up first")
                .throwIfInvalid();
        Account found = account.get();
        new Checks()
                .require(
                        found.role() != Role.OFFICER && found.role() != Role.ADMIN,
                        "login",
                        "บัญชีนี้เป็นเจ้าหน้าที่อยู่แล้ว",
                        "This account is already an officer")
                .throwIfInvalid();
        new Checks()
                .require(
                        found.role() == Role.CONSUMER && found.producerId() == null,
                        "login",
                        "บัญชีของผู้ผลิตหรือร้านค้าเป็นเจ้าหน้าที่ไม่ได้ ให้ใช้บัญชีส่วนตัวแยกต่างหาก",
                        "An account of a producer or an outlet cannot be an officer; use a separate personal account")
                .throwIfInvalid();
        accounts.setRole(found.id(), Role.OFFICER);
        audit.record(admin, "officer.promote", "account:" + found.publicId(), null);
        return accounts.find(found.id()).orElseThrow();
    }

    /** Returns an officer to an ordinary account; admins stay. */
    @Transactional
    public void revoke(long admin, String publicId) {
        Optional<Account> account = accounts.findByPublicId(publicId);
        new Checks()
                .require(
                        account.isPresent() && account.get().role() == Role.OFFICER,
                        "account",
                        "บัญชีนี้ไม่ใช่เจ้าหน้าที่",
                        "This account is not an officer")
                .throwIfInvalid();
        accounts.setRole(account.get().id(), Role.CONSUMER);
        audit.record(admin, "officer.revoke", "account:" + publicId, null);
    }
}
