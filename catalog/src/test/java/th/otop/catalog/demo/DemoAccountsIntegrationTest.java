package th.otop.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.OutletRole;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.devstack.RealServices;

/**
 * A marketplace started with {@code otop.demo-data=true}, as {@code infra/run} starts one: the demo officer, producer,
 * outlet and the manager of the outlet's fund exist and sign in with the details {@code infra/run} prints.
 */
@MicronautTest(transactional = false)
@Property(name = "otop.demo-data", value = "true")
class DemoAccountsIntegrationTest implements RealServices {
    @Inject
    Accounts accounts;

    @Inject
    Producers producers;

    @Inject
    Outlets outlets;

    @Inject
    OutletMembers members;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    FundManagers fundManagers;

    @Test
    void theDemoOfficerProducerOutletAndFundManagerSignInWithThePrintedDetails() {
        Account officer = signIn("officer");
        assertEquals(Role.OFFICER, officer.role());

        Account producer = signIn("producer");
        assertEquals(ProducerRole.OWNER, producer.producerRole());
        assertEquals(
                Verification.VERIFIED,
                producers.find(producer.producerId()).orElseThrow().verification());

        Account outletOwner = signIn("outlet");
        assertEquals(Role.OUTLET, outletOwner.role());
        OutletMember member = members.of(outletOwner.id()).orElseThrow();
        assertEquals(OutletRole.OWNER, member.role());
        Outlet outlet = outlets.find(member.outletId()).orElseThrow();
        assertEquals(OutletStatus.VERIFIED, outlet.status());
        assertNotNull(outlet.fundId(), "linked to its province's community fund");

        Account fundManager = signIn("fund-manager");
        assertEquals(Role.FUND_MANAGER, fundManager.role());
        assertEquals(outlet.fundId(), fundManagers.fundOf(fundManager.id()).orElseThrow(), "manages the outlet's fund");

        assertEquals(0, demoAccounts.createIfMissing(), "a restart with demo data adds no second set");
    }

    private Account signIn(String id) {
        DemoAccounts.SignIn details = DemoAccounts.signIn(id);
        return accounts.authenticate(details.email(), details.password())
                .orElseThrow(() -> new AssertionError(id + " signs in with " + details.email()));
    }
}
