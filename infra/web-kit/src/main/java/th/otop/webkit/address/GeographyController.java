package th.otop.webkit.address;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import th.otop.catalog.geography.District;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Subdistrict;

/**
 * The lists the address picker's script fills its selects from. Reference data: browsers may keep it a day. An unknown
 * province or district has an empty list: the script then leaves the next select empty, as the page would.
 */
@Controller("/geo")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class GeographyController {
    private static final String CACHE = "public, max-age=86400";

    private final Geography geography;

    GeographyController(Geography geography) {
        this.geography = geography;
    }

    @Get(value = "/districts", produces = MediaType.APPLICATION_JSON)
    HttpResponse<List<District>> districts(@QueryValue int province) {
        return HttpResponse.ok(geography.districts(province)).header("Cache-Control", CACHE);
    }

    @Get(value = "/subdistricts", produces = MediaType.APPLICATION_JSON)
    HttpResponse<List<Subdistrict>> subdistricts(@QueryValue int district) {
        return HttpResponse.ok(geography.subdistricts(district)).header("Cache-Control", CACHE);
    }
}
