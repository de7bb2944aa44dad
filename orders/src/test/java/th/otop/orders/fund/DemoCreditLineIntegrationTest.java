package th.otop.orders.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.demo.DemoAccounts;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.devstack.RealServices;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.CreditStatus;

/** With demo data the demo outlet can buy on net terms: its fund's demo manager granted it a line, once. */
@MicronautTest(transactional = false)
@Property(name = "otop.demo-data", value = "true")
class DemoCreditLineIntegrationTest implements RealServices {
    @Inject
    Accounts accounts;

    @Inject
    OutletMembers members;

    @Inject
    CreditLines credit;

    @Inject
    AuditLog audit;

    @Inject
    ApplicationEventPublisher<DemoAccounts.Ready> ready;

    @Test
    void theDemoOutletHasAnOpenCreditLineFromItsFundsManager() {
        long outlet = members.of(
                        accounts.findByLogin(DemoAccounts.signIn("outlet").email())
                                .orElseThrow()
                                .id())
                .orElseThrow()
                .outletId();
        CreditStatus line = credit.status(outlet);
        assertTrue(line.offersCredit(), "net terms on a first run");
        assertEquals(DemoCreditLine.LIMIT_SATANG, line.limitSatang());
        assertEquals(DemoCreditLine.NET_DAYS, line.netDays());

        ready.publishEvent(new DemoAccounts.Ready());
        long manager = accounts.findByLogin(DemoAccounts.signIn("fund-manager").email())
                .orElseThrow()
                .id();
        assertEquals(
                1,
                audit.recent(1000).stream()
                        .filter(e -> e.actorAccount() == manager && e.action().equals("fund.credit.grant"))
                        .count(),
                "granted by the demo manager, once, also after a restart");
    }
}
