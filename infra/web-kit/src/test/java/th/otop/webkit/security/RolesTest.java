package th.otop.webkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.ProducerId;

class RolesTest {
    @Test
    void ownersMayChangePayoutDetailsStaffMayNot() {
        assertEquals(
                Set.of("PRODUCER", "PRODUCER_OWNER"),
                Roles.of(account(Role.PRODUCER, new ProducerId(1), ProducerRole.OWNER)));
        assertEquals(Set.of("PRODUCER"), Roles.of(account(Role.PRODUCER, new ProducerId(1), ProducerRole.STAFF)));
    }

    @Test
    void consumersAreNotProducersAndAdminsAreOfficers() {
        assertEquals(Set.of("CONSUMER"), Roles.of(account(Role.CONSUMER, null, null)));
        assertEquals(Set.of("ADMIN", "OFFICER"), Roles.of(account(Role.ADMIN, null, null)));
    }

    @Test
    void theRequestCarriesTheAccountButTheTokenOnlyItsIdAndEpoch() {
        Account account = account(Role.PRODUCER, new ProducerId(7), ProducerRole.OWNER);
        assertEquals(account, SignedIn.account(SignedIn.authentication(account)));
        assertEquals(java.util.Map.of("epoch", 3), SignedIn.tokenClaims(account).getAttributes());
        assertEquals(java.util.Optional.empty(), SignedIn.find(SignedIn.tokenClaims(account)));
    }

    static Account account(Role role, ProducerId producer, ProducerRole producerRole) {
        return new Account(1, "pub123456789", "a@example.com", null, "A", role, producer, producerRole, 3, false);
    }
}
