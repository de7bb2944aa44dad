package th.otop.storefront.product;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.otop.catalog.community.Community;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;
import th.otop.catalog.search.SearchResults;
import th.otop.catalog.validation.FieldError;
import th.otop.orders.review.RatingSummary;
import th.otop.orders.review.Reviews;
import th.otop.storefront.site.Formats;
import th.otop.storefront.site.PageMeta;
import th.otop.storefront.site.SiteAddress;
import th.otop.storefront.site.Slug;
import th.otop.webkit.security.GuestPageCache;

/**
 * Renders the product page: for the product's own address, and again with the buyer's input and messages when adding
 * it to the cart was refused: messages about the option next to the option picker, the others next to the quantity.
 */
@Singleton
public class ProductPages {
    private static final int RELATED = 4;
    private static final int MAX_REVIEWS = 20;
    /** The field of the cart's messages about the chosen option (size, colour). */
    private static final String VARIANT_FIELD = "variant";

    private final Products products;
    private final Producers producers;
    private final Community community;
    private final Geography geography;
    private final ProductSearch search;
    private final SiteAddress site;
    private final JsonMapper json;
    private final Reviews reviews;
    private final FavouriteMarks favourites;
    private final GuestPageCache guestPages;
    private final Duration keepFor;

    ProductPages(
            Products products,
            Producers producers,
            Community community,
            Geography geography,
            ProductSearch search,
            SiteAddress site,
            JsonMapper json,
            Reviews reviews,
            FavouriteMarks favourites,
            GuestPageCache guestPages,
            @Value("${otop.page-cache.product-pages:0s}") Duration keepFor) {
        this.products = products;
        this.producers = producers;
        this.community = community;
        this.geography = geography;
        this.search = search;
        this.site = site;
        this.json = json;
        this.reviews = reviews;
        this.favourites = favourites;
        this.guestPages = guestPages;
        this.keepFor = keepFor;
    }

    /**
     * The product page at its canonical address; any other slug, or none, redirects there for good. Not found when
     * the product is not published or its producer is hidden.
     */
    // one connection and one transaction for the page's several reads, instead of one each
    @Transactional(readOnly = true)
    public HttpResponse<?> show(String publicId, @Nullable String slug, HttpRequest<?> request, Locale locale) {
        Product product = products.findPublished(publicId).orElse(null);
        if (product == null) {
            return HttpResponse.notFound();
        }
        String canonicalTitle = ProductPage.canonicalTitle(product);
        if (!Slug.of(canonicalTitle).equals(slug == null ? "" : slug)) {
            return visibleProducer(product).isEmpty()
                    ? HttpResponse.notFound()
                    : HttpResponse.permanentRedirect(URI.create(ProductLinks.product(publicId, canonicalTitle)));
        }
        // the page itself is not found when its producer is hidden: render reads the producer once for both
        return render(product, request, locale, null, null, List.of())
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    /** The product's producer when buyers may see it: verified by an officer. */
    public Optional<Producer> visibleProducer(Product product) {
        return producers.find(product.producerId()).filter(Producer::isVerified);
    }

    public Optional<ModelAndView<Map<String, Object>>> render(
            Product product,
            HttpRequest<?> request,
            Locale locale,
            @Nullable String typedQuantity,
            @Nullable String chosenVariant,
            List<FieldError> errors) {
        Optional<Producer> producer = visibleProducer(product);
        if (producer.isEmpty()) {
            return Optional.empty();
        }
        ProductPage page = ProductPage.of(
                product,
                producer.get(),
                geography.province(producer.get().provinceId()).orElse(null),
                community.linkagesOf(product.producerId()),
                locale);
        SearchResults sameCategory = search.search(SearchQuery.forText(null)
                .withCategories(Set.of(product.category()))
                .withPage(1, RELATED + 1));
        // kept until the product changes (ProductPageChanges), or for keepFor at most; only a guest's GET is
        // kept, never the cart's re-render of this page with the buyer's input
        guestPages.keep(request, keepFor, product.publicId(), () -> search.countImpressions(sameCategory));
        List<ProductCard> related = sameCategory.hits().stream()
                .filter(h -> !h.publicId().equals(product.publicId()))
                .limit(RELATED)
                .map(h -> ProductCard.of(h, locale))
                .toList();
        String canonical = site.absolute(request, page.url());
        String image = page.photos().isEmpty()
                ? null
                : site.absolute(request, page.photos().get(0).page());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("product", page);
        model.put("related", related);
        // the hearts of this product and the related ones, each a form that comes back here
        List<String> shown = new java.util.ArrayList<>(List.of(product.publicId()));
        related.forEach(c -> shown.add(c.publicId()));
        model.put("favourites", favourites.of(request, shown));
        model.put("back", page.url());
        model.put("quantity", typedQuantity == null ? "1" : typedQuantity);
        model.put("chosenVariant", chosenVariant == null ? "" : chosenVariant);
        model.put(
                "variantErrors",
                errors.stream()
                        .filter(e -> VARIANT_FIELD.equals(e.field()))
                        .map(e -> e.message(locale))
                        .toList());
        model.put(
                "errors",
                errors.stream()
                        .filter(e -> !VARIANT_FIELD.equals(e.field()))
                        .map(e -> e.message(locale))
                        .toList());
        RatingSummary rating = reviews.summaryOfProduct(product.id());
        model.put("rating", rating);
        model.put(
                "reviews",
                reviews.visibleFor(product.id()).stream().limit(MAX_REVIEWS).toList());
        model.put(
                "meta",
                new PageMeta(
                        page.title(),
                        PageMeta.shorten(page.description()),
                        canonical,
                        "product",
                        image,
                        jsonLd(page, canonical, image, rating)));
        return Optional.of(new ModelAndView<>("product/show", model));
    }

    /** schema.org Product with its offer, for search engines' rich results. */
    private String jsonLd(ProductPage page, String canonical, @Nullable String image, RatingSummary rating) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", canonical);
        offer.put("priceCurrency", "THB");
        offer.put("price", new Formats(Locale.ROOT).amount(page.priceSatang()).replace(",", ""));
        offer.put("availability", page.inStock() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
        offer.put(
                "seller",
                Map.of("@type", "Organization", "name", page.producer().name()));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", page.title());
        ld.put("sku", page.publicId());
        ld.put("category", page.category());
        if (page.description() != null) {
            ld.put("description", page.description());
        }
        if (image != null) {
            ld.put("image", List.of(image));
        }
        ld.put("brand", Map.of("@type", "Brand", "name", page.producer().name()));
        ld.put("offers", offer);
        if (rating.count() > 0) {
            ld.put(
                    "aggregateRating",
                    Map.of(
                            "@type",
                            "AggregateRating",
                            "ratingValue",
                            String.format(Locale.ROOT, "%.1f", rating.average()),
                            "reviewCount",
                            rating.count()));
        }
        try {
            return PageMeta.scriptSafe(json.writeValueAsString(ld));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
