package th.otop.sellerportal.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.producer.Producers;
import th.otop.webkit.security.SignedIn;

/** Puts {@code noticeCount} into every page of a member with a shop, for the badge in the navigation. */
@Singleton
class NoticeBadge implements ViewModelProcessor<Map<String, Object>> {
    private final Notices notices;
    private final Producers producers;

    NoticeBadge(Notices notices, Producers producers) {
        this.notices = notices;
        this.producers = producers;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        if (!model.containsKey("noticeCount")) {
            SignedIn.find(request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                            .orElse(null))
                    .filter(account -> account.producerId() != null)
                    .flatMap(account -> producers.find(account.producerId()))
                    .ifPresent(producer -> model.put("noticeCount", notices.count(producer, Seen.of(request))));
        }
        modelAndView.setModel(model);
    }
}
