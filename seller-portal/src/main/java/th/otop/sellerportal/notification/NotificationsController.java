package th.otop.sellerportal.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.producer.Producer;
import th.otop.sellerportal.web.Shop;

/** The notifications page; opening it marks everything on it as seen in this browser. */
@Produces(MediaType.TEXT_HTML)
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationsController {
    private final Notices notices;
    private final Shop shop;
    private final Clock clock = Clock.systemUTC();

    NotificationsController(Notices notices, Shop shop) {
        this.notices = notices;
        this.shop = shop;
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, Authentication authentication) {
        shop.id(authentication);
        Producer producer = shop.of(authentication).orElseThrow();
        List<Notice> list = notices.of(producer, Seen.of(request));
        Seen now = new Seen(clock.instant(), Optional.of(producer.verification()));
        return HttpResponse.ok(new ModelAndView<>(
                        "notification/list",
                        Map.<String, Object>of("notices", list, "noticeCount", 0L, "producer", producer)))
                .cookie(now.cookie());
    }
}
