package th.otop.sellerportal.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.webkit.security.SignedIn;

/** The shop of the signed-in member: every producer page starts here, so it only sees its own data. */
@Singleton
public class Shop {
    private final Producers producers;

    Shop(Producers producers) {
        this.producers = producers;
    }

    public Optional<Producer> of(Authentication authentication) {
        Account account = SignedIn.account(authentication);
        return account.producerId() == null ? Optional.empty() : producers.find(account.producerId());
    }

    /** The member's producer id; a signed-in person without a shop yet is sent to set one up. */
    public ProducerId id(Authentication authentication) {
        ProducerId id = SignedIn.account(authentication).producerId();
        if (id == null) {
            throw new NoShopYetException();
        }
        return id;
    }

    public static final class NoShopYetException extends HttpStatusException {
        NoShopYetException() {
            super(HttpStatus.SEE_OTHER, "Set up the shop first");
        }
    }
}
