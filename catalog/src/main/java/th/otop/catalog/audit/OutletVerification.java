package th.otop.catalog.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;

/** An officer verifies or suspends a Sukjai Shop outlet; the decision is in the audit log. */
@Singleton
public class OutletVerification {
    private final Outlets outlets;
    private final AuditLog audit;

    OutletVerification(Outlets outlets, AuditLog audit) {
        this.outlets = outlets;
        this.audit = audit;
    }

    @Transactional
    public Outlet decide(long officer, long outletId, OutletStatus decision, String reason) {
        Outlet outlet = outlets.decide(outletId, decision, reason);
        audit.record(
                officer, "outlet." + decision.name().toLowerCase(java.util.Locale.ROOT), "outlet:" + outletId, reason);
        return outlet;
    }
}
