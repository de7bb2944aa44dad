package th.otop.storefront.outlet;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.OutletMembers;
import th.otop.catalog.outlet.Outlets;
import th.otop.webkit.security.SignedIn;

/** The outlet a signed-in member acts for. Read from the database on every request, like the account itself. */
@Singleton
class OutletAccess {
    private final OutletMembers members;
    private final Outlets outlets;

    OutletAccess(OutletMembers members, Outlets outlets) {
        this.members = members;
        this.outlets = outlets;
    }

    /** The member behind this sign-in; an account that acts for no outlet is refused (403). */
    OutletMember member(Authentication authentication) {
        return members.of(SignedIn.account(authentication).id())
                .orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN, "This account acts for no outlet"));
    }

    Outlet outlet(OutletMember member) {
        return outlets.find(member.outletId()).orElseThrow();
    }

    /** The member of a verified outlet: wholesale prices and ordering are for verified outlets only. */
    OutletMember verified(Authentication authentication) {
        OutletMember member = member(authentication);
        if (!outlet(member).isVerified()) {
            throw new OutletNotVerifiedException();
        }
        return member;
    }
}
