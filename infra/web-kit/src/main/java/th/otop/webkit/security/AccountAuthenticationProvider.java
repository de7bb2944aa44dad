package th.otop.webkit.security;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import th.otop.catalog.account.Accounts;

/** Checks an email or Thai mobile number and password against the accounts (bcrypt). */
@Requires(property = "otop.security.enabled", value = "true")
@Singleton
class AccountAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {
    /**
     * Looked up on first use: Micronaut instantiates authentication providers while evaluating bean
     * conditions, and creating the database beans from there would recurse.
     */
    private final BeanProvider<Accounts> accounts;

    AccountAuthenticationProvider(BeanProvider<Accounts> accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(
            HttpRequest<B> requestContext, AuthenticationRequest<String, String> authenticationRequest) {
        return accounts.get()
                .authenticate(authenticationRequest.getIdentity(), authenticationRequest.getSecret())
                .map(account -> AuthenticationResponse.success(
                        account.publicId(),
                        Roles.of(account),
                        SignedIn.tokenClaims(account).getAttributes()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
