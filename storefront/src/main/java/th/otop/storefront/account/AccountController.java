package th.otop.storefront.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.orders.Buyer;
import th.otop.orders.addressbook.AddressBook;
import th.otop.orders.addressbook.SavedAddress;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.Carts;
import th.otop.webkit.security.SessionCookies;
import th.otop.webkit.security.SignedIn;

/**
 * The consumer's own account: who they are, marketing consent (off unless they turn it on), a copy of their data, and
 * deleting the account (PDPA). Every change is a CSRF-protected form POST.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {
    private final Accounts accounts;
    private final Carts carts;
    private final SessionCookies sessions;
    private final AddressBook addressBook;

    AccountController(Accounts accounts, Carts carts, SessionCookies sessions, AddressBook addressBook) {
        this.accounts = accounts;
        this.carts = carts;
        this.sessions = sessions;
        this.addressBook = addressBook;
    }

    @Get
    HttpResponse<?> show(Authentication authentication, HttpRequest<?> request) {
        Account account = SignedIn.account(authentication);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("me", account);
        model.put("saved", request.getParameters().contains("saved"));
        return HttpResponse.ok(new ModelAndView<>("account/show", model)).header("Cache-Control", "no-store");
    }

    @Post("/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> consent(Authentication authentication, @Body Map<String, String> form) {
        accounts.setMarketingConsent(SignedIn.account(authentication).id(), "on".equals(form.get("marketingConsent")));
        return HttpResponse.seeOther(URI.create("/account?saved"));
    }

    /** Everything the marketplace keeps about the account and its cart, as a JSON download (PDPA access). */
    @Get(value = "/data", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> data(Authentication authentication) {
        Account account = SignedIn.account(authentication);
        Cart cart = carts.cartOf(Buyer.account(account.id()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "account",
                Map.of(
                        "publicId", account.publicId(),
                        "email", account.email() == null ? "" : account.email(),
                        "phone", account.phone() == null ? "" : account.phone(),
                        "displayName", account.displayName(),
                        "marketingConsent", account.marketingConsent()));
        List<Map<String, Object>> lines = cart.lines().stream()
                .map(l -> Map.<String, Object>of(
                        "product",
                        l.publicId(),
                        "title",
                        l.title(Locale.forLanguageTag("th")),
                        "quantity",
                        l.quantity()))
                .toList();
        data.put("cart", lines);
        data.put(
                "addresses",
                addressBook.of(account.id()).stream().map(SavedAddress::address).toList());
        return HttpResponse.ok(data)
                .header("Content-Disposition", "attachment; filename=\"otop-my-data.json\"")
                .header("Cache-Control", "no-store");
    }

    /** Deletes the account and its saved addresses for good once the owner ticks the confirmation; every session ends. */
    @Post("/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Authentication authentication, @Body Map<String, String> form, HttpRequest<?> request) {
        if (!"yes".equals(form.get("confirm"))) {
            return HttpResponse.seeOther(URI.create("/account?confirm"));
        }
        long account = SignedIn.account(authentication).id();
        addressBook.forget(account);
        accounts.delete(account);
        return sessions.signOut(request, HttpResponse.seeOther(URI.create("/?deleted")));
    }
}
