package th.otop.storefront.shop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.ProducerLinkages;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Province;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.ProductStatus;
import th.otop.catalog.product.Products;
import th.otop.orders.review.Reviews;
import th.otop.storefront.product.ProductCard;
import th.otop.storefront.product.ProductLinks;
import th.otop.storefront.product.ProductPage;
import th.otop.storefront.site.PageMeta;
import th.otop.storefront.site.SiteAddress;
import th.otop.storefront.site.Slug;

/** A producer's shop at {@code /shop/{publicId}/{slug}}: its story, its place, its community and its products. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/shop")
class ShopController {
    private static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-z]{6,20}");

    private final Producers producers;
    private final Products products;
    private final Community community;
    private final Geography geography;
    private final HttpLocaleResolver locales;
    private final SiteAddress site;
    private final Reviews reviews;

    ShopController(
            Producers producers,
            Products products,
            Community community,
            Geography geography,
            HttpLocaleResolver locales,
            SiteAddress site,
            Reviews reviews) {
        this.producers = producers;
        this.products = products;
        this.community = community;
        this.geography = geography;
        this.locales = locales;
        this.site = site;
        this.reviews = reviews;
    }

    @Get("/{publicId}{/slug}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> show(String publicId, @Nullable String slug, HttpRequest<?> request) {
        Optional<Producer> found = PUBLIC_ID.matcher(publicId).matches()
                ? producers.findByPublicId(publicId).filter(Producer::isVerified)
                : Optional.empty();
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Producer producer = found.get();
        String expectedSlug = Slug.of(ProductPage.canonicalName(producer));
        String canonicalPath = ProductLinks.shop(producer.publicId(), ProductPage.canonicalName(producer));
        if (!expectedSlug.equals(slug == null ? "" : slug)) {
            return HttpResponse.permanentRedirect(URI.create(canonicalPath));
        }
        Locale locale = locales.resolveOrDefault(request);
        Province province = geography.province(producer.provinceId()).orElse(null);
        String provinceName = province == null ? "" : province.name(locale);
        ProducerLinkages links = community.linkagesOf(producer.id());
        List<ProductCard> cards = products.listByProducer(producer.id()).stream()
                .filter(p -> p.status() == ProductStatus.PUBLISHED)
                .map(p ->
                        ProductCard.of(p, producer, provinceName, links.sammachipLinked(), links.fundLinked(), locale))
                .toList();
        ShopPage page = ShopPage.of(producer, province, links, cards, locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("shop", page);
        model.put("shopPublicId", producer.publicId());
        model.put("rating", reviews.summaryOfProducer(producer.id()));
        model.put(
                "meta",
                new PageMeta(
                        page.name(),
                        PageMeta.shorten(page.story()),
                        site.absolute(request, canonicalPath),
                        "profile",
                        cards.stream()
                                .filter(c -> c.photoUrl() != null)
                                .findFirst()
                                .map(c -> site.absolute(request, c.photoUrl()))
                                .orElse(null),
                        null));
        return HttpResponse.ok(new ModelAndView<>("shop/show", model));
    }
}
