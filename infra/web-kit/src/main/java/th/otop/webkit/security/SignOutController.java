package th.otop.webkit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import th.otop.catalog.account.Accounts;

/** Sign out of this browser, or of every device at once (both are CSRF-protected form POSTs). */
@Requires(property = "otop.security.enabled", value = "true")
@Produces(MediaType.TEXT_HTML)
@Controller("/signout")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SignOutController {
    private final SessionCookies cookies;
    private final Accounts accounts;

    SignOutController(SessionCookies cookies, Accounts accounts) {
        this.cookies = cookies;
        this.accounts = accounts;
    }

    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<?> signOut(HttpRequest<?> request) {
        return cookies.signOut(request, HttpResponse.seeOther(URI.create("/")));
    }

    @Post("/everywhere")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> signOutEverywhere(HttpRequest<?> request, Authentication authentication) {
        accounts.signOutEverywhere(SignedIn.account(authentication).id());
        return cookies.signOut(request, HttpResponse.seeOther(URI.create("/")));
    }
}
