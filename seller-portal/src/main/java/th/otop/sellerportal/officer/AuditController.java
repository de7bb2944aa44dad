package th.otop.sellerportal.officer;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import java.util.Map;
import th.otop.catalog.audit.AuditLog;
import th.otop.webkit.security.Roles;

/** Every officer action, newest first: who did what to which producer, listing, review or complaint, and why. */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/audit")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    private static final int SHOWN = 500;

    private final AuditLog audit;
    private final AuditView view;

    AuditController(AuditLog audit, AuditView view) {
        this.audit = audit;
        this.view = view;
    }

    @Get
    @View("officer/audit")
    Map<String, Object> log() {
        return Map.of("entries", view.of(audit.recent(SHOWN)), "shown", SHOWN);
    }
}
