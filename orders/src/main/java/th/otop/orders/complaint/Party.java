package th.otop.orders.complaint;

import io.micronaut.core.annotation.Nullable;
import th.otop.catalog.account.Role;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.producer.ProducerId;

/**
 * Who acts on a complaint: a signed-in account with its role, its producer when it is a producer, its outlet when it
 * acts for a Sukjai Shop outlet (every member of the outlet then sees the outlet's complaints).
 */
public record Party(long accountId, Role role, @Nullable ProducerId producer, @Nullable Long outletId) {
    public Party(long accountId, Role role, @Nullable ProducerId producer) {
        this(accountId, role, producer, null);
    }

    public static Party outlet(OutletMember member) {
        return new Party(member.accountId(), Role.OUTLET, null, member.outletId());
    }

    String key() {
        return "account:" + accountId;
    }

    boolean isOfficer() {
        return role == Role.OFFICER || role == Role.ADMIN;
    }
}
