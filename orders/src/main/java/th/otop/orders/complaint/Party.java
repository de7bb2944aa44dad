package th.otop.orders.complaint;

import io.micronaut.core.annotation.Nullable;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.ProducerId;

/** Who acts on a complaint: a signed-in account with its role, and its producer when it is a producer. */
public record Party(long accountId, Role role, @Nullable ProducerId producer) {
    String key() {
        return "account:" + accountId;
    }

    boolean isOfficer() {
        return role == Role.OFFICER || role == Role.ADMIN;
    }
}
