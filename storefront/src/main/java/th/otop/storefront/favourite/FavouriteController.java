package th.otop.storefront.favourite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import th.otop.catalog.account.Account;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.ProducerLinkages;
import th.otop.catalog.favourite.Favourites;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.product.Product;
import th.otop.storefront.product.ProductCard;
import th.otop.storefront.product.ProductPages;
import th.otop.storefront.site.LocalPath;
import th.otop.webkit.security.SignedIn;

/**
 * The heart on product pages and search results (a plain form post, so it works without JavaScript) and the list of
 * favourites in the account. A guest is sent to sign in and then back to the page they were on.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class FavouriteController {
    static final String LIST = "/account/favourites";

    private final Favourites favourites;
    private final ProductPages pages;
    private final Geography geography;
    private final Community community;
    private final HttpLocaleResolver locales;

    FavouriteController(
            Favourites favourites,
            ProductPages pages,
            Geography geography,
            Community community,
            HttpLocaleResolver locales) {
        this.favourites = favourites;
        this.pages = pages;
        this.geography = geography;
        this.community = community;
        this.locales = locales;
    }

    /** Saves ({@code favourite=on}) or forgets ({@code favourite=off}) a product, then goes back. */
    @Post(value = "/favourites", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> set(@Nullable Authentication authentication, @Body Map<String, String> form) {
        String back = LocalPath.or(form.get("back"), "/");
        Optional<Account> account = SignedIn.find(authentication);
        if (account.isEmpty()) {
            return signInFirst(back);
        }
        boolean favourite = "on".equals(form.get("favourite"));
        if (favourites
                .set(account.get().id(), form.getOrDefault("product", ""), favourite)
                .isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.seeOther(URI.create(back));
    }

    @Get(LIST)
    HttpResponse<?> list(@Nullable Authentication authentication, HttpRequest<?> request) {
        Optional<Account> account = SignedIn.find(authentication);
        if (account.isEmpty()) {
            return signInFirst(LIST);
        }
        Locale locale = locales.resolveOrDefault(request);
        List<ProductCard> cards = new ArrayList<>();
        for (Product product : favourites.of(account.get().id())) {
            pages.visibleProducer(product).ifPresent(producer -> cards.add(card(product, producer, locale)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("cards", cards);
        model.put("favourites", cards.stream().map(ProductCard::publicId).collect(Collectors.toSet()));
        model.put("back", LIST);
        return HttpResponse.ok(new ModelAndView<>("favourite/list", model)).header("Cache-Control", "no-store");
    }

    private ProductCard card(Product product, Producer producer, Locale locale) {
        String province = geography
                .province(producer.provinceId())
                .map(p -> p.name(locale))
                .orElse("");
        ProducerLinkages links = community.linkagesOf(producer.id());
        return ProductCard.of(product, producer, province, links.sammachipLinked(), links.fundLinked(), locale);
    }

    private static HttpResponse<?> signInFirst(String back) {
        return HttpResponse.seeOther(URI.create("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }
}
