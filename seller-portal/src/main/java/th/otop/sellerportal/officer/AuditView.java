package th.otop.sellerportal.officer;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.audit.AuditEntry;

/** Audit entries with the officer's name instead of an account number. */
@Singleton
class AuditView {
    private final Accounts accounts;

    AuditView(Accounts accounts) {
        this.accounts = accounts;
    }

    List<AuditRow> of(List<AuditEntry> entries) {
        Map<Long, String> names = new HashMap<>();
        return entries.stream()
                .map(e -> new AuditRow(
                        names.computeIfAbsent(e.actorAccount(), id -> accounts.find(id)
                                .map(Account::displayName)
                                .orElse("#" + id)),
                        e.action(),
                        e.subject(),
                        e.detail(),
                        e.at()))
                .toList();
    }
}
