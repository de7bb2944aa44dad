package th.otop.catalog.fundmanager;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.validation.Checks;

/**
 * Who runs which community fund. An officer appoints a manager for a fund: a person with a plain account (a buyer's)
 * becomes its manager at once; a new person gets an account and a one-time link to set the password. Producers' team
 * members, outlets and officers cannot manage a fund (a fund lends to outlets and is credited by producers' sales).
 * Every appointment and removal is in the audit log.
 */
@Singleton
public class FundManagers {
    private final FundManagerRows rows;
    private final Accounts accounts;
    private final CommunityDirectory directory;
    private final AuditLog audit;

    FundManagers(FundManagerRows rows, Accounts accounts, CommunityDirectory directory, AuditLog audit) {
        this.rows = rows;
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
    }

    /** The manager appointed, and for a new account the token that sets its password (null for an existing one). */
    public record Appointment(Account manager, long fundId, @Nullable String passwordToken) {
        public boolean newAccount() {
            return passwordToken != null;
        }
    }

    /** Appoints the person with this email or mobile number manager of the fund; answers who and how. */
    @Transactional
    public Appointment appoint(long officer, long fundId, String login, String displayName, Duration validity) {
        Optional<Account> existing = login == null || login.isBlank() ? Optional.empty() : accounts.findByLogin(login);
        Checks checks = new Checks()
                .require(
                        directory.fund(fundId).isPresent(),
                        "fund",
                        "ไม่พบกองทุนชุมชนนี้",
                        "There is no such community fund")
                .notBlank(login, "login", "อีเมลหรือเบอร์มือถือ", "The email or mobile number")
                .maxLength(displayName, 200, "displayName", "ชื่อ", "The name");
        existing.ifPresent(account -> checks.require(
                        account.role() != Role.FUND_MANAGER,
                        "login",
                        "คนนี้เป็นผู้จัดการกองทุนอยู่แล้ว (ผู้จัดการหนึ่งคนดูแลได้หนึ่งกองทุน)",
                        "This person already manages a fund (a manager runs one fund)")
                .require(
                        account.role() == Role.FUND_MANAGER
                                || (account.role() == Role.CONSUMER && account.producerId() == null),
                        "login",
                        "บัญชีของผู้ผลิต ร้านค้า หรือเจ้าหน้าที่ เป็นผู้จัดการกองทุนไม่ได้ ให้ใช้บัญชีส่วนตัวแยกต่างหาก",
                        "An account of a producer, an outlet or an officer cannot manage a fund; use a separate "
                                + "personal account"));
        checks.throwIfInvalid();
        Account manager;
        String token = null;
        if (existing.isPresent()) {
            accounts.setRole(existing.get().id(), Role.FUND_MANAGER);
            manager = accounts.find(existing.get().id()).orElseThrow();
        } else {
            Accounts.Invited invited = accounts.invite(
                    login,
                    displayName == null || displayName.isBlank() ? login : displayName,
                    Role.FUND_MANAGER,
                    validity);
            manager = invited.account();
            token = invited.passwordToken();
        }
        rows.save(new FundManagerRow(manager.id(), fundId, officer));
        audit.record(officer, "fund-manager.appoint", "account:" + manager.publicId(), "fund:" + fundId);
        return new Appointment(manager, fundId, token);
    }

    /** Ends the appointment: the account becomes a plain one again and its sessions end. */
    @Transactional
    public void remove(long officer, String accountPublicId) {
        Optional<FundManagerRow> row = accounts.findByPublicId(accountPublicId).flatMap(a -> rows.findById(a.id()));
        new Checks()
                .require(
                        row.isPresent(),
                        "account",
                        "บัญชีนี้ไม่ใช่ผู้จัดการกองทุน",
                        "This account is not a fund manager")
                .throwIfInvalid();
        rows.deleteById(row.get().accountId());
        accounts.setRole(row.get().accountId(), Role.CONSUMER);
        accounts.signOutEverywhere(row.get().accountId());
        audit.record(
                officer,
                "fund-manager.remove",
                "account:" + accountPublicId,
                "fund:" + row.get().fundId());
    }

    /** The fund this account manages, if it is a fund manager. */
    @Transactional
    public Optional<Long> fundOf(long accountId) {
        return rows.findById(accountId).map(FundManagerRow::fundId);
    }

    /** Every fund that has managers, by fund id, with its managers. */
    @Transactional
    public Map<Long, List<Account>> byFund() {
        Map<Long, List<Account>> byFund = new TreeMap<>();
        for (FundManagerRow row : rows.findAll()) {
            accounts.find(row.accountId()).ifPresent(a -> byFund.computeIfAbsent(row.fundId(), f -> new ArrayList<>())
                    .add(a));
        }
        return byFund;
    }

    /** The fund's managers, in the order they were appointed. */
    @Transactional
    public List<Account> managersOf(long fundId) {
        return rows.findByFundIdOrderByAccountId(fundId).stream()
                .map(r -> accounts.find(r.accountId()))
                .flatMap(Optional::stream)
                .toList();
    }
}
