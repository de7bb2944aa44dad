package th.otop.storefront.site;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A page that always fails, only in tests, to see what a buyer sees when something breaks. */
@Requires(env = Environment.TEST)
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/test-only/fails")
class FailingController {
    @Get
    String fail() {
        throw new IllegalStateException("simulated failure");
    }
}
