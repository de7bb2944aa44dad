package th.otop.sellerportal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Puts {@code fmt} (baht and Buddhist-era dates) into every page. */
@Singleton
class PortalModel implements ViewModelProcessor<Map<String, Object>> {
    private final Formats formats;

    PortalModel(Formats formats) {
        this.formats = formats;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent("fmt", formats);
        modelAndView.setModel(model);
    }
}
