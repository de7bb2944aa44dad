package th.otop.webkit.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Optional;
import th.otop.catalog.account.Accounts;

/**
 * Turns a valid sign-in token into the request's authentication, but only while the account exists and
 * its session epoch still equals the token's: "sign out everywhere", a password reset and a deletion
 * raise the epoch, which ends every earlier token on every instance. Runs on the blocking executor of
 * the JWT validator, so the database read does not hold up the event loop.
 */
@Requires(property = "otop.security.enabled", value = "true")
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class AccountTokenAuthentication implements JwtAuthenticationFactory {
    private final Accounts accounts;

    AccountTokenAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Object epoch = claims.getClaim(SignedIn.EPOCH);
            String subject = claims.getSubject();
            if (subject == null || !(epoch instanceof Number number)) {
                return Optional.empty();
            }
            return accounts.findByPublicId(subject)
                    .filter(account -> account.sessionEpoch() == number.longValue())
                    .map(SignedIn::authentication);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
