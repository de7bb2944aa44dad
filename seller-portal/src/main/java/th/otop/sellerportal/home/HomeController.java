package th.otop.sellerportal.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;
import th.otop.catalog.geography.Geography;

@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {
    private final Geography geography;

    HomeController(Geography geography) {
        this.geography = geography;
    }

    @Get
    @View("home/index")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, Object> index() {
        return Map.of("provinceCount", geography.provinces().size());
    }
}
