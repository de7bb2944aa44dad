package th.otop.sellerportal.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.devstack.RealServices;
import th.otop.sellerportal.support.PortalSession;

/**
 * Walks every route under {@code /officer} the running app has (so a new page is covered the day it is added):
 * consumers, producers and outlets get 403 on each, for GET and POST alike, and nothing is done; officers get
 * 403 only on the admins' roster; a visitor who is not signed in is sent to sign in.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class OfficerRoutesSecurityIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Inject
    Accounts accounts;

    /** Managing officers, and finance (paying producers), are for admins alone. */
    private static final List<String> ADMIN_ONLY = List.of("/officer/officers", "/officer/payouts");

    record Route(HttpMethod method, String path) {}

    @Test
    void onlyOfficersAndAdminsReachTheOfficerPages() {
        List<Route> routes = officerRoutes();
        assertTrue(
                routes.size() >= 20,
                "every officer route is walked: " + routes + " of "
                        + router.uriRoutes()
                                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate())
                                .toList());

        Map<String, PortalSession> others = new LinkedHashMap<>();
        others.put("consumer", OfficerSessions.signedIn(client, accounts, Role.CONSUMER, "consumer@example.com"));
        others.put("producer", PortalSession.newProducer(client, "producer@example.com", "ร้านทดสอบ"));
        others.put("outlet", OfficerSessions.signedIn(client, accounts, Role.OUTLET, "outlet@example.com"));
        for (var who : others.entrySet()) {
            for (Route route : routes) {
                assertEquals(403, call(who.getValue(), route), who.getKey() + " " + route);
            }
        }

        PortalSession officer = OfficerSessions.signedIn(client, accounts, Role.OFFICER, "officer@example.com");
        PortalSession admin = OfficerSessions.signedIn(client, accounts, Role.ADMIN, "admin@example.com");
        for (Route route : routes) {
            int officers = call(officer, route);
            if (ADMIN_ONLY.stream().anyMatch(route.path()::startsWith)) {
                assertEquals(403, officers, "officer " + route);
            } else {
                assertNotEquals(403, officers, "officer " + route);
            }
            assertNotEquals(403, call(admin, route), "admin " + route);
            if (route.method() == HttpMethod.GET && !route.path().contains("/1")) {
                // the listing finder without a listing shows the desk with "not found"
                assertEquals(200, call(admin, route), "admin " + route);
            }
        }

        PortalSession visitor = new PortalSession(client);
        for (Route route : routes) {
            HttpResponse<String> response = route.method() == HttpMethod.GET
                    ? get(visitor, route.path())
                    : visitor.post(route.path(), Map.of("note", "x"));
            int status = response.getStatus().getCode();
            assertTrue(status == 401 || status == 403 || status == 303, "visitor " + route + ": " + status);
            if (status == 303) {
                assertEquals("/signin", response.header("Location"), "visitor " + route);
            }
        }
    }

    /** Each GET and POST route under /officer (HEAD comes with GET), its path variables filled in with "1". */
    private List<Route> officerRoutes() {
        return router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.GET || r.getHttpMethod() == HttpMethod.POST)
                .filter(r -> {
                    String template = r.getUriMatchTemplate().toString();
                    return template.equals("/officer") || template.startsWith("/officer/");
                })
                .map(r -> new Route(
                        r.getHttpMethod(), r.getUriMatchTemplate().toString().replaceAll("\\{[^}]+}", "1")))
                .distinct()
                .toList();
    }

    private static int call(PortalSession session, Route route) {
        HttpResponse<String> response = route.method() == HttpMethod.GET
                ? get(session, route.path())
                : session.post(route.path(), Map.of("note", "x", "reason", "x"));
        return response.getStatus().getCode();
    }

    /** A page as a browser asks for it; a CSV download as a download. */
    private static HttpResponse<String> get(PortalSession session, String path) {
        return path.endsWith(".csv")
                ? session.send(HttpRequest.GET(path).accept(new MediaType("text/csv")))
                : session.get(path);
    }
}
