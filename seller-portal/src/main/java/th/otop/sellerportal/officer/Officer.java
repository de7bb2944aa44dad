package th.otop.sellerportal.officer;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import th.otop.catalog.account.Account;
import th.otop.orders.complaint.Party;
import th.otop.webkit.security.SignedIn;

/** The signed-in officer, as the library services name an actor. */
final class Officer {
    private Officer() {}

    static long id(Authentication authentication) {
        return SignedIn.account(authentication).id();
    }

    static Party party(Authentication authentication) {
        Account account = SignedIn.account(authentication);
        return new Party(account.id(), account.role(), null);
    }

    static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "Not found");
    }
}
