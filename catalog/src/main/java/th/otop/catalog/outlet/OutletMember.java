package th.otop.catalog.outlet;

import io.micronaut.serde.annotation.Serdeable;

/** An account acting for an outlet. Every outlet service takes one, and acts on that outlet's data only. */
@Serdeable
public record OutletMember(long accountId, long outletId, OutletRole role, String displayName) {
    public boolean isOwner() {
        return role == OutletRole.OWNER;
    }
}
