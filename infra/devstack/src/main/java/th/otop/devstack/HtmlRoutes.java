package th.otop.devstack;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.List;
import java.util.Optional;

/** An app's GET routes that answer with a page, from its route table: what a test that visits every page must reach. */
public final class HtmlRoutes {
    private final List<UriRouteInfo<?, ?>> routes;

    private HtmlRoutes(List<UriRouteInfo<?, ?>> routes) {
        this.routes = routes;
    }

    public static HtmlRoutes of(Router router) {
        return new HtmlRoutes(router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.GET)
                // the method's own types come before its controller's: a JSON method in an HTML controller is no page
                .filter(r ->
                        !r.getProduces().isEmpty() && r.getProduces().get(0).matches(MediaType.TEXT_HTML_TYPE))
                // a route that may also answer a file (CSV, PDF) is a download, not a page
                .filter(r -> r.getProduces().stream()
                        .allMatch(
                                t -> t.matches(MediaType.TEXT_HTML_TYPE) || t.matches(MediaType.APPLICATION_JSON_TYPE)))
                .sorted() // the router's own precedence: /listings/new before /listings/{publicId}
                .toList());
    }

    /** Every page's route template, e.g. {@code /listings/{publicId}}. */
    public List<String> templates() {
        return routes.stream().map(HtmlRoutes::template).distinct().toList();
    }

    /** The routes that need no path variable, as paths to open. */
    public List<String> fixedPaths() {
        return routes.stream()
                .filter(r -> r.getUriMatchTemplate().getVariableNames().isEmpty())
                .map(HtmlRoutes::template)
                .distinct()
                .toList();
    }

    /** The template of the page route a local path (with or without its query) is served by. */
    public Optional<String> routeOf(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return routes.stream()
                .filter(r -> r.match(bare).isPresent())
                .findFirst()
                .map(HtmlRoutes::template);
    }

    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString();
    }
}
