package th.otop.storefront.product;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Set;
import th.otop.catalog.favourite.Favourites;
import th.otop.webkit.security.SignedIn;

/** Which products on a page the signed-in visitor saved, so their hearts show filled; none for a guest. */
@Singleton
public class FavouriteMarks {
    private final Favourites favourites;

    FavouriteMarks(Favourites favourites) {
        this.favourites = favourites;
    }

    public Set<String> of(HttpRequest<?> request, Collection<String> productPublicIds) {
        return request.getUserPrincipal(Authentication.class)
                .flatMap(SignedIn::find)
                .map(account -> favourites.savedAmong(account.id(), productPublicIds))
                .orElse(Set.of());
    }
}
