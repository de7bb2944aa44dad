package th.otop.catalog.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.Checks;

/** Sign-up, sign-in, sign-out everywhere, password reset and producer teams. */
@Singleton
public class Accounts {
    private static final String COLUMNS =
            "id, public_id, email, phone, display_name, role, producer_id, producer_role, "
                    + "session_epoch, marketing_consent";
    private static final Duration RESET_VALIDITY = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;
    private final int bcryptCost;
    /** Compared against when the login is unknown, so timing does not reveal which logins exist. */
    private final String decoyHash;

    Accounts(JdbcOperations jdbc, @Value("${otop.accounts.bcrypt-cost:11}") int bcryptCost) {
        this.jdbc = jdbc;
        this.bcryptCost = bcryptCost;
        this.decoyHash = hash("decoy-password");
    }

    @Transactional
    public Account register(SignUp signUp) {
        signUp.validate();
        try {
            long id = GeneratedKeys.insert(
                    jdbc,
                    "INSERT INTO account (public_id, email, phone, password_hash, display_name, role, marketing_consent) "
                            + "VALUES (?,?,?,?,?,?,?)",
                    ps -> {
                        ps.setString(1, PublicIds.next());
                        ps.setString(2, signUp.email());
                        ps.setString(3, signUp.phone());
                        ps.setString(4, hash(signUp.password()));
                        ps.setString(5, signUp.displayName().strip());
                        ps.setString(6, signUp.role().name());
                        ps.setBoolean(7, signUp.marketingConsent());
                    });
            return find(id).orElseThrow();
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw new LoginTakenException();
            }
            throw e;
        }
    }

    /** An account just made for someone invited, and the one-time token with which they set their password. */
    public record Invited(Account account, String passwordToken) {}

    /**
     * Makes an account whose random password nobody knows, with a password-set token valid for {@code validity}: how
     * the first admin, a shop's new team member and a fund manager get their account. Throws
     * {@link LoginTakenException} when the login has an account.
     */
    @Transactional
    public Invited invite(String login, String displayName, Role role, Duration validity) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String unknowable = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Account account = register(new SignUp(login, unknowable, displayName, role, false));
        return new Invited(account, startPasswordReset(login, validity).orElseThrow());
    }

    /** The account for these credentials, if they are right. */
    @Transactional
    public Optional<Account> authenticate(String login, String password) {
        String normal = Logins.normalise(login);
        Optional<String[]> row = jdbc.prepareStatement(
                "SELECT id, password_hash FROM account WHERE (email = ? OR phone = ?) AND deleted_at IS NULL", ps -> {
                    ps.setString(1, normal);
                    ps.setString(2, normal);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new String[] {rs.getString(1), rs.getString(2)})
                                : Optional.empty();
                    }
                });
        String stored = row.map(r -> r[1]).orElse(decoyHash);
        boolean matches = password != null
                && BCrypt.verifyer()
                        .verify(password.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8))
                        .verified;
        return matches && row.isPresent() ? find(Long.parseLong(row.get()[0])) : Optional.empty();
    }

    @Transactional
    public Optional<Account> find(long id) {
        return one("id = ?", id);
    }

    @Transactional
    public Optional<Account> findByPublicId(String publicId) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE public_id = ? AND deleted_at IS NULL", ps -> {
                    ps.setString(1, publicId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                    }
                });
    }

    /** The account that signs in with this email address or mobile number. */
    @Transactional
    public Optional<Account> findByLogin(String login) {
        String normal = Logins.normalise(login);
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE (email = ? OR phone = ?) AND deleted_at IS NULL", ps -> {
                    ps.setString(1, normal);
                    ps.setString(2, normal);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                    }
                });
    }

    /** Ends every session of the account on every device: their tokens carry the old epoch. */
    @Transactional
    public void signOutEverywhere(long accountId) {
        jdbc.prepareStatement("UPDATE account SET session_epoch = session_epoch + 1 WHERE id = ?", ps -> {
            ps.setLong(1, accountId);
            return ps.executeUpdate();
        });
    }

    /**
     * A one-time reset token for the login's account, valid for an hour; empty for an unknown login (the
     * caller shows the same message either way, so nobody learns which logins exist).
     */
    @Transactional
    public Optional<String> startPasswordReset(String login) {
        return startPasswordReset(login, RESET_VALIDITY);
    }

    /** The same, valid for {@code validity}: a link handed over by an operator may wait longer than a mailed one. */
    @Transactional
    public Optional<String> startPasswordReset(String login, Duration validity) {
        String normal = Logins.normalise(login);
        Optional<Long> account = jdbc.prepareStatement(
                "SELECT id FROM account WHERE (email = ? OR phone = ?) AND deleted_at IS NULL", ps -> {
                    ps.setString(1, normal);
                    ps.setString(2, normal);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                    }
                });
        return account.map(id -> {
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            jdbc.prepareStatement(
                    "INSERT INTO password_reset (token_hash, account_id, expires_at) VALUES (?,?,?)", ps -> {
                        ps.setString(1, sha256(token));
                        ps.setLong(2, id);
                        ps.setTimestamp(3, Timestamp.from(Instant.now().plus(validity)));
                        return ps.executeUpdate();
                    });
            return token;
        });
    }

    /** Sets a new password with a reset token, once; also signs the account out everywhere. */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        new Checks()
                .require(
                        newPassword != null
                                && newPassword.length() >= SignUp.MIN_PASSWORD
                                && newPassword.length() <= 72,
                        "password",
                        "รหัสผ่านต้องยาว 8 ถึง 72 ตัวอักษร",
                        "The password must be 8 to 72 characters")
                .throwIfInvalid();
        Optional<Long> account = jdbc.prepareStatement(
                "SELECT account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE",
                ps -> {
                    ps.setString(1, sha256(token == null ? "" : token));
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                    }
                });
        if (account.isEmpty()) {
            return false;
        }
        jdbc.prepareStatement("UPDATE password_reset SET used_at = ? WHERE token_hash = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, sha256(token));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(
                "UPDATE account SET password_hash = ?, session_epoch = session_epoch + 1 WHERE id = ?", ps -> {
                    ps.setString(1, hash(newPassword));
                    ps.setLong(2, account.get());
                    return ps.executeUpdate();
                });
        return true;
    }

    /**
     * Adds a person who already has an account to a producer's team. They keep their own role, so a consumer still
     * shops. Refused for a member of any team already (this one included) and for officers' and outlets' accounts.
     */
    @Transactional
    public Account addToTeam(long accountId, ProducerId producer, ProducerRole role) {
        Account account = jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE id = ? AND deleted_at IS NULL FOR UPDATE", ps -> {
                    ps.setLong(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? read(rs) : null;
                    }
                });
        new Checks()
                .require(account != null, "login", "ไม่พบบัญชีนี้", "No such account")
                .throwIfInvalid();
        new Checks()
                .require(
                        !producer.equals(account.producerId()),
                        "login",
                        "คนนี้อยู่ในทีมของร้านคุณแล้ว",
                        "This person is already in your team")
                .require(
                        account.producerId() == null || producer.equals(account.producerId()),
                        "login",
                        "คนนี้อยู่ในทีมของร้านอื่นแล้ว",
                        "This person is already in another shop's team")
                .require(
                        account.role() == Role.CONSUMER || account.role() == Role.PRODUCER,
                        "login",
                        "บัญชีนี้เป็นของเจ้าหน้าที่หรือร้านค้าประชารัฐ จึงเข้าร่วมทีมของร้านไม่ได้",
                        "This account is an officer's or an outlet's and cannot join a shop's team")
                .throwIfInvalid();
        jdbc.prepareStatement("UPDATE account SET producer_id = ?, producer_role = ? WHERE id = ?", ps -> {
            ps.setLong(1, producer.value());
            ps.setString(2, role.name());
            ps.setLong(3, accountId);
            return ps.executeUpdate();
        });
        return find(accountId).orElseThrow();
    }

    /**
     * An owner takes a member off the team. The member keeps a plain account (a buyer's) and every session of theirs
     * ends at once. Neither oneself nor the team's last owner can be removed.
     */
    @Transactional
    public void removeFromTeam(ProducerId producer, long ownerAccountId, String memberPublicId) {
        Account member = teamMember(producer, ownerAccountId, memberPublicId);
        keepAnOwner(producer, member, null);
        jdbc.prepareStatement(
                "UPDATE account SET producer_id = NULL, producer_role = NULL, "
                        + "role = IF(role = 'PRODUCER', 'CONSUMER', role), session_epoch = session_epoch + 1 "
                        + "WHERE id = ?",
                ps -> {
                    ps.setLong(1, member.id());
                    return ps.executeUpdate();
                });
    }

    /** An owner makes a member owner or staff; the team keeps at least one owner, and nobody changes their own role. */
    @Transactional
    public void changeTeamRole(ProducerId producer, long ownerAccountId, String memberPublicId, ProducerRole role) {
        Account member = teamMember(producer, ownerAccountId, memberPublicId);
        keepAnOwner(producer, member, role);
        jdbc.prepareStatement(
                "UPDATE account SET producer_role = ?, session_epoch = session_epoch + 1 WHERE id = ?", ps -> {
                    ps.setString(1, role.name());
                    ps.setLong(2, member.id());
                    return ps.executeUpdate();
                });
    }

    /** The member, locked with the whole team so two owners' changes cannot both remove the last owner. */
    private Account teamMember(ProducerId producer, long ownerAccountId, String memberPublicId) {
        List<Account> team = jdbc.prepareStatement(
                "SELECT " + COLUMNS
                        + " FROM account WHERE producer_id = ? AND deleted_at IS NULL ORDER BY id FOR UPDATE",
                ps -> {
                    ps.setLong(1, producer.value());
                    List<Account> members = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            members.add(read(rs));
                        }
                    }
                    return members;
                });
        Account member = team.stream()
                .filter(a -> a.publicId().equals(memberPublicId))
                .findFirst()
                .orElse(null);
        boolean actorOwns =
                team.stream().anyMatch(a -> a.id() == ownerAccountId && a.producerRole() == ProducerRole.OWNER);
        new Checks()
                .require(actorOwns, "member", "เฉพาะเจ้าของร้านที่จัดการทีมได้", "Only an owner manages the team")
                .require(member != null, "member", "ไม่พบสมาชิกคนนี้ในทีม", "This person is not in the team")
                .throwIfInvalid();
        new Checks()
                .require(
                        member.id() != ownerAccountId,
                        "member",
                        "เปลี่ยนหรือนำตัวเองออกจากทีมไม่ได้ ให้เจ้าของอีกคนทำแทน",
                        "You cannot change or remove yourself; another owner can")
                .throwIfInvalid();
        return member;
    }

    private void keepAnOwner(ProducerId producer, Account member, @Nullable ProducerRole newRole) {
        long owners = team(producer).stream()
                .filter(a -> a.producerRole() == ProducerRole.OWNER)
                .count();
        boolean losesAnOwner = member.producerRole() == ProducerRole.OWNER && newRole != ProducerRole.OWNER;
        new Checks()
                .require(
                        !losesAnOwner || owners > 1,
                        "member",
                        "ทีมต้องมีเจ้าของอย่างน้อยหนึ่งคน",
                        "The team needs at least one owner")
                .throwIfInvalid();
    }

    /** Makes the account a member of a producer's team. */
    @Transactional
    public void joinProducer(long accountId, ProducerId producer, ProducerRole role) {
        jdbc.prepareStatement(
                "UPDATE account SET role = 'PRODUCER', producer_id = ?, producer_role = ? WHERE id = ?", ps -> {
                    ps.setLong(1, producer.value());
                    ps.setString(2, role.name());
                    ps.setLong(3, accountId);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    public List<Account> team(ProducerId producer) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE producer_id = ? AND deleted_at IS NULL ORDER BY id", ps -> {
                    ps.setLong(1, producer.value());
                    List<Account> team = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            team.add(read(rs));
                        }
                    }
                    return team;
                });
    }

    /** Gives the account another role; the caller checks that it may have it and writes the audit entry. */
    @Transactional
    public void setRole(long accountId, Role role) {
        jdbc.prepareStatement("UPDATE account SET role = ? WHERE id = ?", ps -> {
            ps.setString(1, role.name());
            ps.setLong(2, accountId);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void setMarketingConsent(long accountId, boolean consent) {
        jdbc.prepareStatement("UPDATE account SET marketing_consent = ? WHERE id = ?", ps -> {
            ps.setBoolean(1, consent);
            ps.setLong(2, accountId);
            return ps.executeUpdate();
        });
    }

    /**
     * Deletes the account at the owner's request (PDPA): personal data is erased, the row stays so that
     * orders keep a reference, and every session ends.
     */
    @Transactional
    public void delete(long accountId) {
        jdbc.prepareStatement(
                "UPDATE account SET email = NULL, phone = NULL, display_name = '-', password_hash = ?, "
                        + "marketing_consent = FALSE, session_epoch = session_epoch + 1, deleted_at = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, decoyHash);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.setLong(3, accountId);
                    return ps.executeUpdate();
                });
    }

    private Optional<Account> one(String where, long id) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE " + where + " AND deleted_at IS NULL", ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                    }
                });
    }

    private String hash(String password) {
        return BCrypt.withDefaults().hashToString(bcryptCost, password.toCharArray());
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException sql && sql.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Account read(ResultSet rs) throws SQLException {
        long producer = rs.getLong("producer_id");
        String producerRole = rs.getString("producer_role");
        return new Account(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                producer == 0 ? null : new ProducerId(producer),
                producerRole == null ? null : ProducerRole.valueOf(producerRole),
                rs.getInt("session_epoch"),
                rs.getBoolean("marketing_consent"));
    }
}
