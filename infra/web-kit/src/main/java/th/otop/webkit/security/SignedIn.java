package th.otop.webkit.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.account.Account;

/**
 * The account behind a request's {@link Authentication}. It is read from the database on every request
 * (see {@link AccountTokenAuthentication}), so a controller always sees the current role and producer.
 */
public final class SignedIn {
    static final String ACCOUNT = "account";
    static final String EPOCH = "epoch";

    private SignedIn() {}

    public static Account account(Authentication authentication) {
        return find(authentication)
                .orElseThrow(() -> new IllegalStateException("The authentication carries no account"));
    }

    public static Optional<Account> find(@Nullable Authentication authentication) {
        return authentication == null
                ? Optional.empty()
                : Optional.ofNullable(authentication.getAttributes().get(ACCOUNT))
                        .filter(Account.class::isInstance)
                        .map(Account.class::cast);
    }

    /** What a request knows about its account: the public id as the name, roles, the account itself. */
    static Authentication authentication(Account account) {
        return Authentication.build(
                account.publicId(), Roles.of(account), Map.of(ACCOUNT, account, EPOCH, account.sessionEpoch()));
    }

    /** What the token stores: only the public id, the roles when issued and the session epoch. */
    static Authentication tokenClaims(Account account) {
        return Authentication.build(account.publicId(), Roles.of(account), Map.of(EPOCH, account.sessionEpoch()));
    }
}
