package th.otop.sellerportal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;
import th.otop.catalog.product.ProductNotFoundException;

/** Another producer's product, or none: the same 404, so nobody learns what exists. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPages {
    @Error(global = true, exception = ProductNotFoundException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> productNotFound(HttpRequest<?> request) {
        boolean html = request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
        return html
                ? HttpResponse.notFound(new ModelAndView<>("error/notfound", Map.of()))
                : HttpResponse.notFound(Map.of("error", "not found"));
    }

    @Error(global = true, exception = Shop.NoShopYetException.class)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> noShopYet() {
        return HttpResponse.seeOther(URI.create("/shop"));
    }
}
