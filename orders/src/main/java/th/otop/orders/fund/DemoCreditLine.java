package th.otop.orders.fund;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.demo.DemoAccounts;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.Outlets;
import th.otop.orders.wholesale.CreditLines;

/**
 * With demo data, the demo fund manager grants the demo outlet a credit line (50,000 baht, 30 days) unless it has one,
 * so net terms work on a first run; the grant is the manager's own, audited act.
 */
@Singleton
@Requires(property = "otop.demo-data", value = "true")
class DemoCreditLine {
    static final long LIMIT_SATANG = 50_000_00L;
    static final int NET_DAYS = 30;

    private final Accounts accounts;
    private final OutletMembers members;
    private final Outlets outlets;
    private final CreditLines credit;
    private final FundDesk desk;

    DemoCreditLine(Accounts accounts, OutletMembers members, Outlets outlets, CreditLines credit, FundDesk desk) {
        this.accounts = accounts;
        this.members = members;
        this.outlets = outlets;
        this.credit = credit;
        this.desk = desk;
    }

    @EventListener
    void onDemoAccounts(DemoAccounts.Ready ready) {
        var manager = accounts.findByLogin(DemoAccounts.signIn("fund-manager").email());
        var outlet = accounts.findByLogin(DemoAccounts.signIn("outlet").email())
                .flatMap(a -> members.of(a.id()))
                .flatMap(m -> outlets.find(m.outletId()));
        if (manager.isPresent()
                && outlet.isPresent()
                && !credit.status(outlet.get().id()).exists()) {
            desk.grant(manager.get().id(), outlet.get().publicId(), LIMIT_SATANG, NET_DAYS);
        }
    }
}
