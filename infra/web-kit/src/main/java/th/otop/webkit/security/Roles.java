package th.otop.webkit.security;

import java.util.LinkedHashSet;
import java.util.Set;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.ProducerRole;

/** The security roles of an account, as {@code @Secured} names them. */
public final class Roles {
    public static final String CONSUMER = "CONSUMER";
    public static final String PRODUCER = "PRODUCER";
    /** A member of a producer's team who may change payout details and the team. */
    public static final String PRODUCER_OWNER = "PRODUCER_OWNER";

    public static final String OUTLET = "OUTLET";
    public static final String OFFICER = "OFFICER";
    public static final String FUND_MANAGER = "FUND_MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}

    public static Set<String> of(Account account) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(account.role().name());
        if (account.producerId() != null) {
            roles.add(PRODUCER);
            if (account.producerRole() == ProducerRole.OWNER) {
                roles.add(PRODUCER_OWNER);
            }
        }
        if (roles.contains(ADMIN)) {
            roles.add(OFFICER);
        }
        return roles;
    }
}
